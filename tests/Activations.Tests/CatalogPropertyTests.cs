namespace Activations.Tests;

/// <summary>The properties the catalogue states (<see cref="ActivationInfo.Properties"/>) hold numerically for
/// every element-wise entry with its default parameters: each claim, true or false, is checked both ways.</summary>
public class CatalogPropertyTests
{
    private static readonly double[] Grid = [.. Enumerable.Range(0, 20001).Select(i => -10 + i * 1e-3)];

    public static TheoryData<string> ElementwiseNames() => [.. ActivationCatalog.All.Where(i => i.IsElementwise).Select(i => i.Name)];

    [Theory]
    [MemberData(nameof(ElementwiseNames))]
    public void Zero_centred_means_odd(string name)
    {
        ActivationInfo f = ActivationCatalog.Get(name);
        double worst = Grid.Max(x => Math.Abs(f.Value(-x) + f.Value(x)));
        if (f.Properties.ZeroCentred)
        {
            Assert.True(worst == 0, $"{name} is said to be odd but |f(−x) + f(x)| reaches {worst}");
        }
        else
        {
            Assert.True(worst > 1e-3, $"{name} is said not to be odd but |f(−x) + f(x)| ≤ {worst}");
        }
    }

    [Theory]
    [MemberData(nameof(ElementwiseNames))]
    public void Monotonic_means_non_decreasing(string name)
    {
        ActivationInfo f = ActivationCatalog.Get(name);
        double largestDrop = Grid.Zip(Grid.Skip(1), (a, b) => f.Value(a) - f.Value(b)).Max();
        Assert.NotNull(f.Properties.Monotonic);
        if (f.Properties.Monotonic == true)
        {
            Assert.True(largestDrop <= 0, $"{name} is said to be monotonic but drops by {largestDrop}");
        }
        else
        {
            Assert.True(largestDrop > 1e-6, $"{name} is said not to be monotonic but never drops more than {largestDrop}");
        }
    }

    [Theory]
    [MemberData(nameof(ElementwiseNames))]
    public void Smooth_means_no_jump_in_f_or_f_prime(string name)
    {
        // Over a step of 10^-3, a continuous f or f′ with |f′|, |f″| ≤ 2 moves by at most 0.002.
        ActivationInfo f = ActivationCatalog.Get(name);
        double valueJump = Grid.Zip(Grid.Skip(1), (a, b) => Math.Abs(f.Value(b) - f.Value(a))).Max();
        double slopeJump = Grid.Zip(Grid.Skip(1), (a, b) => Math.Abs(f.Derivative(b) - f.Derivative(a))).Max();
        if (f.Properties.Smooth)
        {
            Assert.True(Math.Max(valueJump, slopeJump) <= 0.01, $"{name} is said to be smooth but jumps by {valueJump} (f), {slopeJump} (f′)");
        }
        else
        {
            Assert.True(Math.Max(valueJump, slopeJump) >= 0.05, $"{name} is said not to be smooth but jumps by at most {valueJump} (f), {slopeJump} (f′)");
        }
    }

    [Theory]
    [MemberData(nameof(ElementwiseNames))]
    public void Saturation_is_where_the_derivative_vanishes(string name)
    {
        ActivationInfo f = ActivationCatalog.Get(name);
        bool left = Math.Abs(f.Derivative(-1e6)) < 1e-6;
        bool right = Math.Abs(f.Derivative(1e6)) < 1e-6;
        Assert.Equal(f.Properties.Saturation.HasFlag(Saturation.Negative), left);
        Assert.Equal(f.Properties.Saturation.HasFlag(Saturation.Positive), right);
    }

    [Theory]
    [MemberData(nameof(ElementwiseNames))]
    public void Unbounded_sides_are_reached(string name)
    {
        ActivationInfo f = ActivationCatalog.Get(name);
        double[] far = [-1e300, -1e6, 1e6, 1e300];
        double lowest = far.Min(f.Value);
        double highest = far.Max(f.Value);
        Assert.Equal(f.Range.IsBoundedBelow, lowest > -1e5);
        Assert.Equal(f.Range.IsBoundedAbove, highest < 1e5);
    }

    [Fact]
    public void Every_entry_has_a_typical_use_and_vector_entries_no_monotonicity()
    {
        foreach (ActivationInfo info in ActivationCatalog.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(info.Properties.TypicalUse), info.Name);
            Assert.Equal(info.IsElementwise, info.Properties.Monotonic.HasValue);
        }

        Assert.True(ActivationCatalog.Get("Tanh").Properties.ZeroCentred);
        Assert.False(ActivationCatalog.Get("Sigmoid").Properties.ZeroCentred);
        Assert.Equal(Saturation.Both, ActivationCatalog.Get("Sigmoid").Properties.Saturation);
        Assert.Equal(Saturation.Negative, ActivationCatalog.Get("ReLU").Properties.Saturation);
        Assert.True(ActivationCatalog.Get("Sigmoid").Range.IsBoundedAbove && ActivationCatalog.Get("Sigmoid").Range.IsBoundedBelow);
        Assert.False(ActivationCatalog.Get("ReLU").Range.IsBoundedAbove);
    }

    [Fact]
    public void The_catalogue_covers_PyTorchs_element_wise_activations_and_its_vector_ones_but_the_softmax2d_family()
    {
        // torch.nn's "non-linear activations" minus MultiheadAttention (a layer with weights), Softmax2d (softmax over
        // the channels of an image: Softmax per pixel) and AdaptiveLogSoftmaxWithLoss (a clustered output layer with
        // its own weights and loss).
        string[] pyTorch =
        [
            "ELU", "HardShrink", "HardSigmoid", "HardTanh", "HardSwish", "LeakyReLU", "LogSigmoid", "PReLU", "ReLU",
            "ReLU6", "RReLU", "SELU", "CELU", "GELU", "Sigmoid", "SiLU", "Mish", "Softplus", "SoftShrink", "Softsign",
            "Tanh", "TanhShrink", "ThresholdReplace", "GLU", "Softmin", "Softmax", "LogSoftmax",
        ];
        Assert.All(pyTorch, name => Assert.True(ActivationCatalog.TryGet(name, out _), name));
        Assert.Equal(["GELUTanh", "Threshold"], ActivationCatalog.Names.Except(pyTorch).Order());
    }
}
