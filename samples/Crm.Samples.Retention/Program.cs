// Placeholder: this sample is built out by its issue.
System.Console.WriteLine("Crm.Samples.Retention: not written yet.");
