using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Notebooks.Model;

namespace Notebooks.Tests;

/// <summary>
/// notebooks/07: the trained results as the executed notebook printed and charted them: which networks fit XOR and
/// the moons, that the step network's hidden weights never move, the per-layer gradient norms per initialisation,
/// SELU's fixed point, the dead-unit fractions, and the log-space losses.
/// </summary>
public partial class TrainingNotebookTests
{
    private const string FileName = "07-training-small-networks.ipynb";

    private static Task<Notebook> Executed() => ExecutedNotebooks.Get(FileName);

    private static double Number(string text) =>
        double.Parse(text.TrimEnd('%').Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The lines printed by the cell whose source contains <paramref name="sourceFragment"/>, split at '|' into trimmed fields.</summary>
    private static async Task<List<string[]>> Rows(string sourceFragment) =>
        ExecutedNotebooks.StdoutOfCell(await Executed(), sourceFragment)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.Contains('|'))
            .Select(line => line.Split('|').Select(field => field.Trim()).ToArray())
            .ToList();

    /// <summary>The number after "<paramref name="label"/> " in the field of <paramref name="row"/> that starts with the label.</summary>
    private static double Field(string[] row, string label)
    {
        var field = row.SingleOrDefault(f => f.StartsWith(label + " ", StringComparison.Ordinal));
        Assert.True(field is not null, $"no field '{label}' in '{string.Join(" | ", row)}'");
        return Number(field![(label.Length + 1)..]);
    }

    /// <summary>The accuracy and final loss that Report printed for <paramref name="network"/> on <paramref name="task"/>.</summary>
    private static async Task<(double Accuracy, double Loss)> Reported(string sourceFragment, string task, string network)
    {
        var row = (await Rows(sourceFragment)).SingleOrDefault(r => r[0] == task && r[1] == network);
        Assert.True(row is not null, $"no report for {task} / {network}");
        return (Field(row!, "accuracy"), Field(row!, "final loss"));
    }

    [Fact]
    public async Task Runs_without_an_error()
    {
        var errors = ExecutedNotebooks.Errors(await Executed());
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task The_backward_pass_agrees_with_central_differences()
    {
        var stdout = ExecutedNotebooks.Stdout(await Executed());
        var checks = GradientCheckLine().Matches(stdout).Select(m => (Name: m.Groups[1].Value.Trim(), Difference: Number(m.Groups[2].Value))).ToList();
        Assert.Equal(new[] { "Tanh", "ReLU", "Sigmoid", "softmax + cross-entropy" }, checks.Select(c => c.Name));
        // Central differences with h = 1e-6 carry an error of about 1e-9 relative; a wrong backward pass is off by O(1).
        Assert.All(checks, check => Assert.InRange(check.Difference, 0, 1e-5));
    }

    [Fact]
    public async Task A_linear_network_cannot_fit_XOR_and_sigmoid_tanh_and_relu_networks_can()
    {
        var linear = await Reported("Report(\"XOR\", f.Name", "XOR", "none (linear)");
        Assert.Equal(0.5, linear.Accuracy);
        Assert.InRange(linear.Loss, Math.Log(2) - 1e-4, Math.Log(2) + 1e-4);   // p = ½ everywhere
        foreach (var network in new[] { "Sigmoid", "Tanh", "ReLU" })
        {
            var trained = await Reported("Report(\"XOR\", f.Name", "XOR", network);
            Assert.Equal(1.0, trained.Accuracy);
            Assert.InRange(trained.Loss, 0, 0.05);
        }
    }

    [Fact]
    public async Task On_the_moons_the_linear_network_stops_below_90_percent_and_tanh_and_relu_separate_them()
    {
        Assert.InRange((await Reported("Report(\"moons\", f.Name", "moons", "none (linear)")).Accuracy, 0.7, 0.9);
        Assert.InRange((await Reported("Report(\"moons\", f.Name", "moons", "Sigmoid")).Accuracy, 0.7, 0.9);
        Assert.InRange((await Reported("Report(\"moons\", f.Name", "moons", "Tanh")).Accuracy, 0.97, 1);
        Assert.InRange((await Reported("Report(\"moons\", f.Name", "moons", "ReLU")).Accuracy, 0.97, 1);
    }

    [Fact]
    public async Task The_step_network_never_moves_its_hidden_weights_and_steep_sigmoids_stall()
    {
        var stdout = ExecutedNotebooks.StdoutOfCell(await Executed(), "var stepRun = ");
        Assert.Contains("hidden layer: weights unchanged: True, biases unchanged: True", stdout);
        var moved = Number(Regex.Match(stdout, @"output layer: weights moved by (\S+)").Groups[1].Value);
        Assert.True(moved > 0.1, $"the output layer should learn, moved by {moved}");
        Assert.True((await Reported("var stepRun = ", "XOR", "Threshold")).Accuracy < 1);

        Assert.Equal(1.0, (await Reported("steepRuns[i]", "XOR", "σ(1z)")).Accuracy);
        Assert.Equal(1.0, (await Reported("steepRuns[i]", "XOR", "σ(3z)")).Accuracy);
        foreach (var steep in new[] { "σ(10z)", "σ(30z)", "σ(100z)" })
            Assert.True((await Reported("steepRuns[i]", "XOR", steep)).Accuracy < 1, $"{steep} should stall like the step function");

        // The share of flat (unit, sample) pairs at the start grows with the steepness.
        var flat = Regex.Matches(ExecutedNotebooks.StdoutOfCell(await Executed(), "steepRuns[i]"), @"flat at the start: (\d+) %")
            .Select(m => Number(m.Groups[1].Value)).ToArray();
        Assert.Equal(5, flat.Length);
        Assert.Equal(0, flat[0]);
        Assert.True(flat.Zip(flat.Skip(1)).All(pair => pair.First < pair.Second), string.Join(", ", flat));
    }

    /// <summary>The per-layer gradient norms printed for one activation and initialisation: layer 1, layer 20, their ratio.</summary>
    private static async Task<(double Layer1, double Layer20, double Ratio)> GradientNorms(string activation, string initialisation)
    {
        var rows = await Rows("norms[f.Name][i]");
        Assert.Equal(new[] { "", "initialisation", "‖∂L/∂W₁‖", "‖∂L/∂W₂₀‖", "ratio" }, rows[0]);
        var row = rows.SingleOrDefault(r => r[0] == activation && r[1] == initialisation);
        Assert.True(row is not null, $"no gradient norms for {activation} / {initialisation}");
        return (Number(row![2]), Number(row[3]), Number(row[4]));
    }

    [Fact]
    public async Task Sigmoid_gradients_vanish_under_every_initialisation_while_tanh_needs_Xavier_and_relu_needs_He()
    {
        // Sigmoid: about 0.25 per layer over 19 layers with Xavier (0.25^19 ≈ 4e-12) and He; weaker with N(0, 1).
        Assert.InRange((await GradientNorms("Sigmoid", "Xavier/Glorot")).Ratio, 1e-14, 1e-9);
        Assert.InRange((await GradientNorms("Sigmoid", "He")).Ratio, 1e-14, 1e-7);
        Assert.True((await GradientNorms("Sigmoid", "naive N(0, 1)")).Ratio < 0.1);

        // Tanh: exploding towards the input with N(0, 1), flat with Xavier and He.
        Assert.True((await GradientNorms("Tanh", "naive N(0, 1)")).Ratio > 1e3);
        Assert.InRange((await GradientNorms("Tanh", "Xavier/Glorot")).Ratio, 0.1, 10);
        Assert.InRange((await GradientNorms("Tanh", "He")).Ratio, 0.1, 10);

        // ReLU: huge everywhere with N(0, 1); flat with He; with Xavier small everywhere (the signal fades forward).
        var naive = await GradientNorms("ReLU", "naive N(0, 1)");
        Assert.True(naive.Layer1 > 1e10 && naive.Layer20 > 1e10, $"{naive}");
        var he = await GradientNorms("ReLU", "He");
        Assert.InRange(he.Ratio, 0.1, 10);
        Assert.InRange(he.Layer1, 0.01, 100);
        Assert.True((await GradientNorms("ReLU", "Xavier/Glorot")).Layer1 < he.Layer1 / 100);
    }

    [Fact]
    public async Task The_gradient_chart_draws_the_printed_norms_per_activation_with_a_slider()
    {
        var chart = ExecutedNotebooks.ParsedCharts(await Executed()).Single(c => c.Title.StartsWith("Gradient norm per layer", StringComparison.Ordinal));
        Assert.Equal(12, chart.TraceCount);   // 3 activations × (3 initialisations + the 0.25ⁿ line)
        Assert.Equal(new[] { "Sigmoid", "Tanh", "ReLU" },
            chart.Slider.GetProperty("steps").EnumerateArray().Select(step => step.GetProperty("label").GetString()));
        Assert.Equal("log", chart.Layout.GetProperty("yaxis").GetProperty("type").GetString());

        var sigmoidXavier = chart.Y(1);
        Assert.Equal(21, sigmoidXavier.Length);
        var printed = await GradientNorms("Sigmoid", "Xavier/Glorot");
        Assert.Equal(printed.Layer1, sigmoidXavier[0], printed.Layer1 * 0.06);
        // Layer by layer the sigmoid gradient shrinks towards the input: each hidden layer below the last has a smaller norm.
        Assert.True(sigmoidXavier[..20].Zip(sigmoidXavier[1..20]).All(pair => pair.First < pair.Second));
    }

    [Fact]
    public async Task SELU_with_LeCun_weights_keeps_mean_0_and_standard_deviation_1_through_20_layers()
    {
        var rows = await Rows("MeanAndStd");
        var stats = rows.ToDictionary(r => r[0], r => Regex.Match(r[1], @"mean (\S+), std (\S+)"));
        Assert.InRange(Number(stats["SELU, LeCun"].Groups[1].Value), -0.1, 0.1);
        Assert.InRange(Number(stats["SELU, LeCun"].Groups[2].Value), 0.85, 1.15);
        Assert.True(Number(stats["SELU, He"].Groups[2].Value) > 2);
        Assert.True(Number(stats["Tanh, Xavier"].Groups[2].Value) < 0.5);

        var chart = ExecutedNotebooks.ParsedCharts(await Executed()).Single(c => c.Title.StartsWith("Standard deviation", StringComparison.Ordinal));
        Assert.Equal("SELU, LeCun", chart.TraceNames[0]);
        Assert.All(chart.Y(0), std => Assert.InRange(std, 0.85, 1.15));
    }

    [Fact]
    public async Task A_large_step_kills_relu_units_for_good_and_none_of_leakyrelu_or_elu()
    {
        var rows = (await Rows("DeadUnits(afterMore[i].Net")).ToDictionary(r => r[0]);
        Assert.Equal(new[] { "", "dead after the step", "dead after 300 epochs", "never positive", "accuracy" }, rows[""]);
        double reluAfterStep = Number(rows["ReLU"][1]), reluAfterMore = Number(rows["ReLU"][2]);
        Assert.InRange(reluAfterStep, 25, 100);
        Assert.True(reluAfterMore >= reluAfterStep, $"dead ReLUs do not come back: {reluAfterStep} % then {reluAfterMore} %");
        foreach (var name in new[] { "LeakyReLU", "ELU" })
        {
            Assert.Equal(0, Number(rows[name][1]));
            Assert.Equal(0, Number(rows[name][2]));
            Assert.True(Number(rows[name][4]) > Number(rows["ReLU"][4]), $"{name} should end more accurate than ReLU");
        }
        Assert.Matches(@"ReLU, layer 1: [1-8] of 8 units dead, weights unchanged: True",
            ExecutedNotebooks.StdoutOfCell(await Executed(), "bool frozen"));
    }

    [Fact]
    public async Task The_losses_are_computed_in_log_space_where_the_probabilities_round_to_0_or_1()
    {
        var stdout = ExecutedNotebooks.Stdout(await Executed());
        Assert.Contains("naive   −log(1 − σ(z)) = Infinity\n", stdout);
        Assert.Contains("library −LogSigmoid(−z) = 40\n", stdout);
        Assert.Contains("naive:   −log(SoftmaxNaive(z)₂) = Infinity\n", stdout);
        Assert.Contains("library: −log(Softmax(z)₂)      = Infinity\n", stdout);
        Assert.Contains("library: −LogSoftmax(z)₂        = 2000\n", stdout);
    }

    [Fact]
    public async Task Softmax_and_cross_entropy_learn_the_three_spiral_arms()
    {
        var notebook = await Executed();
        Assert.InRange(ExecutedNotebooks.NumberAfter(notebook, "spiral: accuracy"), 0.9, 1);
        double first = ExecutedNotebooks.NumberAfter(notebook, "spiral: loss after epoch 1");
        double last = ExecutedNotebooks.NumberAfter(notebook, "after epoch 400");
        Assert.True(last < first / 5, $"the spiral loss should fall from {first} to a fifth, got {last}");
    }

    [Fact]
    public async Task The_decision_boundaries_are_heatmaps_on_a_fixed_scale_with_the_data_points_on_top()
    {
        var charts = ExecutedNotebooks.ParsedCharts(await Executed());
        Assert.Equal(9, charts.Count);
        var xor = charts.Single(c => c.Title.StartsWith("XOR: probability", StringComparison.Ordinal));
        Assert.Equal(new[] { "none (linear)", "Sigmoid", "Tanh", "ReLU", "class 0", "class 1" }, xor.TraceNames);
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal("heatmap", xor.Data[i].GetProperty("type").GetString());
            Assert.Equal(0, xor.Data[i].GetProperty("zmin").GetDouble());
            Assert.Equal(1, xor.Data[i].GetProperty("zmax").GetDouble());
        }
        // The slider shows one heatmap at a time and keeps the two point traces.
        var steps = xor.Slider.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(4, steps.Count);
        var visibleOnStep3 = steps[2].GetProperty("args")[0].GetProperty("visible").EnumerateArray().Select(v => v.GetBoolean());
        Assert.Equal(new[] { false, false, true, false, true, true }, visibleOnStep3);

        // The linear network predicts ½ everywhere; the ReLU network is confident at the four training points.
        double[][] Z(int trace) => xor.Data[trace].GetProperty("z").EnumerateArray()
            .Select(row => row.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();
        Assert.All(Z(0).SelectMany(row => row), p => Assert.InRange(p, 0.49, 0.51));
        var relu = Z(3);
        var grid = xor.Data[3].GetProperty("x").EnumerateArray().Select(v => v.GetDouble()).ToList();
        int at0 = grid.FindIndex(v => Math.Abs(v) < 1e-9), at1 = grid.FindIndex(v => Math.Abs(v - 1) < 1e-9);
        Assert.True(relu[at0][at0] < 0.1 && relu[at1][at1] < 0.1, "class 0 at (0, 0) and (1, 1)");
        Assert.True(relu[at1][at0] > 0.9 && relu[at0][at1] > 0.9, "class 1 at (1, 0) and (0, 1)");
    }

    [GeneratedRegex(@"gradient check, ([^:]+): largest relative difference (\S+)")]
    private static partial Regex GradientCheckLine();
}
