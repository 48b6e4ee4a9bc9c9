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

var variants = options.Functions.Count == 0
    ? ActivationVariants.All
    : options.Functions.Select(ActivationVariants.Get).ToArray();
var inputs = options.Sample is { } n ? FloatInputSet.Sample(n) : FloatInputSet.Exhaustive;
var cases = SweepCases.For(variants, options.Path);

var results = new List<SweepResult>();
foreach (var sweepCase in cases)
{
    var result = FloatSweep.Run(sweepCase, inputs);
    Console.Error.WriteLine(result + $", {result.Elapsed.TotalSeconds:0.0} s");
    results.Add(result);
}

string report = MarkdownReport.Format(inputs, results);
Console.WriteLine(report);
if (options.OutputFile is { } file)
{
    File.WriteAllText(file, report);
    Console.Error.WriteLine($"wrote {Path.GetFullPath(file)}");
}
return 0;
