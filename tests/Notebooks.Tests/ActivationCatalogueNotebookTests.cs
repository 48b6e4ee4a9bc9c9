using System.Globalization;
using Activations;
using Notebooks.Model;

namespace Notebooks.Tests;

/// <summary>notebooks/04: the coverage of torch.nn, the formula and property tables, the family, menu and parameter
/// charts, the finite-difference check and the checked claims, on the executed outputs.</summary>
public class ActivationCatalogueNotebookTests
{
    private const string FileName = "04-the-activation-catalogue.ipynb";

    private static Task<Notebook> Executed() => ExecutedNotebooks.Get(FileName);

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Runs_without_an_error()
    {
        var errors = ExecutedNotebooks.Errors(await Executed());
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task The_table_has_one_row_per_catalogue_entry_with_its_LaTeX_and_no_stray_cell_separator()
    {
        var cell = ExecutedNotebooks.CodeCell(await Executed(), "DisplayAs(\"text/markdown\")");
        var markdown = Assert.Single(cell.Outputs.OfType<DisplayOutput>()).Data["text/markdown"];
        var rows = markdown.Split('\n').Where(line => line.StartsWith("| **", StringComparison.Ordinal)).ToList();

        Assert.Equal(ActivationCatalog.All.Count, rows.Count);
        foreach (var (info, row) in ActivationCatalog.All.Zip(rows))
        {
            Assert.StartsWith($"| **{info.Name}** |", row);
            Assert.Contains("$" + info.LatexValue.Replace("|", @"\vert ") + "$", row);
            Assert.Contains("$" + info.LatexDerivative.Replace("|", @"\vert ") + "$", row);
            Assert.Equal(6, row.Count(c => c == '|'));   // five cells: a '|' inside the LaTeX would add one
        }
        foreach (var family in Enum.GetValues<ActivationFamily>())
            Assert.Contains($"**{family}**", markdown);
    }

    [Fact]
    public async Task Each_family_is_charted_with_every_elementwise_function_and_its_derivative()
    {
        var charts = ExecutedNotebooks.ParsedCharts(await Executed());
        foreach (var family in new[] { ActivationFamily.Saturating, ActivationFamily.Rectifier, ActivationFamily.Smooth, ActivationFamily.Shrinkage })
        {
            var chart = Assert.Single(charts, c => c.Title == $"{family} activations and their derivatives");
            var expected = ActivationCatalog.All.Where(info => info.Family == family && info.IsElementwise)
                .SelectMany(info => new[] { info.Name, info.Name + "′" });
            Assert.Equal(expected, chart.TraceNames);
            Assert.False(chart.HasSlider);
        }
    }

    [Fact]
    public async Task The_jumps_of_the_derivatives_are_gaps_not_vertical_lines()
    {
        var chart = ExecutedNotebooks.ParsedCharts(await Executed()).Single(c => c.Title.StartsWith("Rectifier", StringComparison.Ordinal));
        int reluDerivative = chart.TraceNames.ToList().IndexOf("ReLU′");
        Assert.Equal(1, chart.Y(reluDerivative).Count(double.IsNaN));
        Assert.Equal(0, chart.Y(chart.TraceNames.ToList().IndexOf("ReLU")).Count(double.IsNaN));
    }

    [Theory]
    [InlineData("ELU", "alpha", "1")]
    [InlineData("LeakyReLU", "alpha", "0.01")]
    [InlineData("Softplus", "beta", "1")]
    [InlineData("HardShrink", "lambda", "0.5")]
    [InlineData("SoftShrink", "lambda", "0.5")]
    public async Task Parameter_sliders_come_from_the_catalogue_and_start_at_the_default(string name, string parameter, string defaultLabel)
    {
        var notebook = await Executed();
        var chart = Assert.Single(ExecutedNotebooks.ParsedCharts(notebook), c => c.Title == $"{name} and its derivative, by {parameter}");
        Assert.True(chart.HasSlider);
        Assert.Equal($"{parameter} = ", chart.Slider.GetProperty("currentvalue").GetProperty("prefix").GetString());
        var steps = chart.Slider.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(defaultLabel, steps[chart.Slider.GetProperty("active").GetInt32()].GetProperty("label").GetString());
        Assert.Equal(2 * steps.Count, chart.TraceCount);
        var description = ActivationCatalog.Get(name).Parameters[0].Description;
        Assert.Contains(description, ExecutedNotebooks.Stdout(notebook));
    }

    [Fact]
    public async Task GELU_and_its_tanh_form_differ_by_a_few_parts_in_ten_thousand_at_x_about_2_7()
    {
        var notebook = await Executed();
        double gap = ExecutedNotebooks.NumberAfter(notebook, "max |GELU − GELUTanh| on [-8, 8) =");
        Assert.InRange(gap, 4.6e-4, 4.8e-4);
        Assert.InRange(ExecutedNotebooks.NumberAfter(notebook, $"{gap.ToString("0.000e+00", CultureInfo.InvariantCulture)} at |x| ="), 2.6, 2.8);
    }

    [Fact]
    public async Task The_catalogue_holds_every_function_of_torch_nn_but_the_three_that_are_layers_or_per_pixel()
    {
        var stdout = ExecutedNotebooks.Stdout(await Executed());
        Assert.Equal(29, ActivationCatalog.All.Count);
        Assert.Contains($"{ActivationCatalog.All.Count} activations in the catalogue", stdout);
        Assert.Contains("torch.nn lists 30 activations; 27 are catalogue entries:", stdout);
        Assert.Contains("Threshold → ThresholdReplace", stdout);
        Assert.Contains("not entries: MultiheadAttention, Softmax2d, AdaptiveLogSoftmaxWithLoss", stdout);
        Assert.Contains("entries beyond the list: GELUTanh, Threshold", stdout);
        Assert.DoesNotContain("SoftmaxNaive", ActivationCatalog.Names);
    }

    [Fact]
    public async Task The_property_table_has_one_row_per_entry_with_the_catalogues_properties_and_the_benchmark_cost()
    {
        var cell = ExecutedNotebooks.CodeCell(await Executed(), "info.Properties");
        var markdown = Assert.Single(cell.Outputs.OfType<DisplayOutput>()).Data["text/markdown"];
        var rows = markdown.Split('\n').Where(line => line.StartsWith("| ", StringComparison.Ordinal) && !line.StartsWith("| function", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(c => c.Trim()).ToArray()).ToList();
        Assert.Equal(ActivationCatalog.Names, rows.Select(r => r[1]));
        static string YesNo(bool? value) => value switch { true => "yes", false => "no", null => "—" };
        foreach (var (info, row) in ActivationCatalog.All.Zip(rows))
        {
            Assert.Equal(11, row.Length); // nine cells between the pipes
            Assert.Equal(YesNo(info.Properties.ZeroCentred), row[3]);
            Assert.Equal(YesNo(info.Properties.Monotonic), row[4]);
            Assert.Equal(YesNo(info.Properties.Smooth), row[5]);
            Assert.Equal(info.Properties.TypicalUse, row[9]);
        }

        string Cost(string name) => rows.Single(r => r[1] == name)[8];
        Assert.InRange(Number(Cost("ReLU")), 0.01, 1);          // memory speed: about a copy
        Assert.True(Number(Cost("Softplus")) > 3 * Number(Cost("ReLU"))); // a log and an exp against a max
        Assert.Equal(Cost("LeakyReLU") + "*", Cost("PReLU"));  // the same kernel
        Assert.Equal("—", Cost("GLU"));
        Assert.Equal(new[] { "both", "both sides" }, rows.Single(r => r[1] == "Sigmoid")[6..8]);
        Assert.Equal(new[] { "below", "x → −∞" }, rows.Single(r => r[1] == "ReLU")[6..8]);
    }

    [Fact]
    public async Task The_menu_chart_has_one_button_per_entry_showing_its_own_two_curves()
    {
        var chart = Assert.Single(ExecutedNotebooks.ParsedCharts(await Executed()),
            c => c.Title.StartsWith("The catalogue, one function at a time", StringComparison.Ordinal));
        int count = ActivationCatalog.All.Count;
        Assert.Equal(2 * count, chart.TraceCount);
        var menu = Assert.Single(chart.Layout.GetProperty("updatemenus").EnumerateArray().ToList());
        var buttons = menu.GetProperty("buttons").EnumerateArray().ToList();
        Assert.Equal(ActivationCatalog.Names, buttons.Select(b => b.GetProperty("label").GetString()));
        for (int i = 0; i < count; i++)
        {
            Assert.Equal("update", buttons[i].GetProperty("method").GetString());
            var args = buttons[i].GetProperty("args");
            var visible = args[0].GetProperty("visible").EnumerateArray().Select(v => v.GetBoolean()).ToArray();
            Assert.Equal(Enumerable.Range(0, 2 * count).Select(t => t / 2 == i), visible);
            var range = args[1].GetProperty("yaxis.range").EnumerateArray().Select(v => v.GetDouble()).ToArray();
            Assert.True(range.Length == 2 && range[0] < range[1], buttons[i].GetProperty("label").GetString());
            Assert.EndsWith(": " + ActivationCatalog.Names[i], args[1].GetProperty("title.text").GetString());
        }

        int active = menu.GetProperty("active").GetInt32();
        Assert.Equal("GELU", ActivationCatalog.Names[active]);
        var shown = Enumerable.Range(0, chart.TraceCount)
            .Where(t => !(chart.Data[t].TryGetProperty("visible", out var v) && v.ValueKind == System.Text.Json.JsonValueKind.False)).ToArray();
        Assert.Equal(new[] { 2 * active, 2 * active + 1 }, shown);
        Assert.Equal(new[] { "GELU", "d/dx GELU" }, shown.Select(t => chart.TraceNames[t]));
        Assert.Equal(new[] { "GLU(x, x)", "d/dx GLU(x, x)" }, chart.TraceNames.Skip(2 * (count - 1)));
    }

    [Fact]
    public async Task Every_derivative_of_the_catalogue_agrees_with_finite_differences()
    {
        var rows = ExecutedNotebooks.StdoutOfCell(await Executed(), "CentralDifference(f, x, 1e-3)").Split('\n')
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(cells => cells.Length == 4 && cells[0] != "entry")
            .ToList();
        Assert.Equal(ActivationCatalog.Names, rows.Select(r => r[0]));
        foreach (var row in rows)
        {
            Assert.True(int.Parse(row[1], CultureInfo.InvariantCulture) >= 200, string.Join(" ", row));
            Assert.InRange(Number(row[2]), 0, 1e-10);
        }
    }

    [Fact]
    public async Task The_identities_hold_to_rounding()
    {
        var notebook = await Executed();
        Assert.InRange(ExecutedNotebooks.NumberAfter(notebook, "max relative |SiLU(x) − x·σ(x)|            ="), 0, 1e-15);
        Assert.InRange(ExecutedNotebooks.NumberAfter(notebook, "max relative |HardSwish(x) − x·HardSigmoid(x)| ="), 0, 1e-15);
        Assert.InRange(ExecutedNotebooks.NumberAfter(notebook, "max relative |LogSigmoid(x) + Softplus(−x)| ="), 0, 1e-15);
        Assert.Contains("ReLU6 vs HardTanh(0, 6) on 48 points: 0 value and 0 derivative mismatches", ExecutedNotebooks.Stdout(notebook));
        foreach (var vector in new[] { "Softmax(x, 0)₀ − Sigmoid(x)|", "Softmin(x, 0)₀ − Sigmoid(−x)|", "LogSoftmax(x, 0)₀ − LogSigmoid(x)|", "GLU(x, x) − SiLU(x)|" })
            Assert.InRange(ExecutedNotebooks.NumberAfter(notebook, $"max relative |{vector} ="), 0, 1e-15);
    }

    [Fact]
    public async Task Softplus_approaches_ReLU_with_a_gap_of_ln2_over_beta()
    {
        var lines = ExecutedNotebooks.StdoutOfCell(await Executed(), "max |Softplus_β − ReLU|").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        foreach (var line in lines)
        {
            var match = System.Text.RegularExpressions.Regex.Match(line, @"β = +(?<beta>\d+): max \|Softplus_β − ReLU\| = (?<gap>\S+), ln 2/β = (?<bound>\S+)$");
            Assert.True(match.Success, line);
            Assert.Equal(match.Groups["bound"].Value, match.Groups["gap"].Value);
            Assert.Equal(Math.Log(2) / Number(match.Groups["beta"].Value), Number(match.Groups["gap"].Value), 1e-6 * Math.Log(2));
        }
    }

    [Fact]
    public async Task SELU_keeps_mean_0_and_variance_1_where_ReLU_loses_it()
    {
        var notebook = await Executed();
        Assert.InRange(Math.Abs(ExecutedNotebooks.NumberAfter(notebook, "E[SELU(z)] =")), 0, 1e-6);
        Assert.InRange(ExecutedNotebooks.NumberAfter(notebook, "Var[SELU(z)] ="), 1 - 1e-6, 1 + 1e-6);
        Assert.InRange(ExecutedNotebooks.NumberAfter(notebook, "E[ReLU(z)²] ="), 0.5 - 1e-6, 0.5 + 1e-6);

        var rows = ExecutedNotebooks.StdoutOfCell(notebook, "Propagate(selu)").Split('\n')
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(cells => cells.Length == 5 && int.TryParse(cells[0], out _))
            .ToDictionary(cells => int.Parse(cells[0], CultureInfo.InvariantCulture), cells => cells.Skip(1).Select(Number).ToArray());
        Assert.Equal(new[] { 0, 1, 2, 5, 10, 20, 30 }, rows.Keys);
        foreach (var (_, values) in rows)
        {
            Assert.InRange(Math.Abs(values[0]), 0, 0.1);   // SELU mean
            Assert.InRange(values[1], 0.8, 1.2);           // SELU variance
        }
        Assert.InRange(rows[30][2], 0, 1e-6);              // ReLU variance after 30 layers
        Assert.InRange(rows[30][3], 0, 0.1);               // tanh variance after 30 layers
        Assert.InRange(ExecutedNotebooks.NumberAfter(notebook, "SELU over all 30 layers: max |mean| ="), 0, 0.1);

        var chart = Assert.Single(ExecutedNotebooks.ParsedCharts(notebook), c => c.Title.StartsWith("Variance of the activations", StringComparison.Ordinal));
        Assert.Equal(new[] { "SELU", "ReLU", "tanh" }, chart.TraceNames);
    }

    [Fact]
    public async Task The_derivative_at_each_kink_is_PyTorchs_up_to_the_last_bit_of_SELU()
    {
        var rows = ExecutedNotebooks.StdoutOfCell(await Executed(), "var kinks =").Split('\n')
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(cells => cells.Length == 7 && !cells[0].StartsWith("function", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(20, rows.Count);
        Assert.Equal(new[] { "PReLU", "0", "0.25", "0.25", "1", "0.25", "0.0e+00" }, rows.Single(r => r[0] == "PReLU"));
        Assert.Equal(new[] { "ThresholdReplace", "1", "0", "0", "1", "0", "0.0e+00" }, rows.Single(r => r[0] == "ThresholdReplace"));
        Assert.All(rows, cells => Assert.InRange(Number(cells[6]), 0, 2.3e-16));
        Assert.Equal(new[] { "ReLU", "0", "0", "0", "1", "0", "0.0e+00" }, rows[0]);
        Assert.Equal(new[] { "HardSwish", "-3", "0", "-0.5", "-0.5", "-0.5", "0.0e+00" }, rows.Single(r => r[0] == "HardSwish" && r[1] == "-3"));
    }
}
