using System.Diagnostics;
using Activations.Accuracy;

SweepOptions options;
try
{
    options = SweepOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(SweepOptions.Usage);
    return 2;
}
if (options.ShowHelp)
{
    Console.WriteLine(SweepOptions.Usage);
    return 0;
}

var clock = Stopwatch.StartNew();
string report;
if (options.DoubleReferenceFolder is { } folder)
{
    var results = DoubleCheck.Run(folder, options.Functions, options.Path, Console.Error);
    report = DoubleCheck.Format(results, clock.Elapsed);
}
else
{
    var inputs = options.Sample is { } n ? FloatInputSet.Sample(n) : FloatInputSet.Exhaustive;
    var results = new List<SweepResult>();
    foreach (var variant in options.Variants)
    {
        foreach (var result in FloatSweep.Run(SweepCases.For(variant, options.Path), inputs))
        {
            Console.Error.WriteLine(result + $", {result.Elapsed.TotalSeconds:0.0} s (all rows of {variant.Name})");
            results.Add(result);
        }
        // A long exhaustive run leaves a usable partial table behind after every variant.
        if (options.OutputFile is { } partial) File.WriteAllText(partial, MarkdownReport.Format(inputs, results, clock.Elapsed));
    }
    report = MarkdownReport.Format(inputs, results, clock.Elapsed);
}
Console.WriteLine(report);
if (options.OutputFile is { } file)
{
    File.WriteAllText(file, report);
    Console.Error.WriteLine($"wrote {Path.GetFullPath(file)}");
}
return 0;
