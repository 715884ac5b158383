// Placeholder: this sample is built out by its issue.
System.Console.WriteLine("Crm.Samples.CustomerValue: not written yet.");
