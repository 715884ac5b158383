// Placeholder: this sample is built out by its issue.
System.Console.WriteLine("Crm.Samples.Quickstart: not written yet.");
