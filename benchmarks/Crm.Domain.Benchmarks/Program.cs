using BenchmarkDotNet.Running;

// Always pass --filter (without it BenchmarkDotNet asks interactively). A plain Run(args) exits 0 even when a
// benchmark throws: fail the process when any summary has validation errors or a failed report, so CI notices.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
return failed ? 1 : 0;

/// <summary>Entry point type, named so that BenchmarkSwitcher can find this assembly.</summary>
public partial class Program;
