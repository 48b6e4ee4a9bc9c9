using System.Reflection;
using Activations.Tests.Support;

namespace Activations.Tests;

/// <summary>The catalogue describes every function of <see cref="Activation"/> exactly once, and its
/// delegates call the library.</summary>
public class CatalogTests
{
    /// <summary>Public static methods of Activation that are not catalogue entries: companions of an entry
    /// (a Jacobian, PReLU's slope derivative and gradient, RReLU's training form) and the naive softmax, kept to
    /// show its overflow.</summary>
    private static readonly string[] Helpers =
        ["SoftmaxJacobian", "SoftmaxNaive", "PReLUSlopeDerivative", "PReLUSlopeGradient", "RReLUTraining"];

    /// <summary>Method parameters without a default, as in PyTorch (nn.Threshold(threshold, value)); the
    /// catalogue's defaults for them are its own drawing choice.</summary>
    private static readonly string[] RequiredParameters = ["ThresholdReplace"];

    private static IEnumerable<MethodInfo> PublicMethods =>
        typeof(Activation).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => !Helpers.Contains(m.Name));

    private static MethodInfo ScalarDouble(string name) =>
        typeof(Activation).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == name && m.GetParameters()[0].ParameterType == typeof(double));

    private static MethodInfo ScalarSingle(string name) =>
        typeof(Activation).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == name && m.GetParameters()[0].ParameterType == typeof(float));

    [Fact]
    public void Every_public_activation_method_has_exactly_one_catalogue_entry_and_vice_versa()
    {
        string[] functionNames = PublicMethods
            .Select(m => m.Name.EndsWith("Derivative", StringComparison.Ordinal) ? m.Name[..^"Derivative".Length] : m.Name)
            .Distinct().Order().ToArray();
        string[] catalogued = ActivationCatalog.All.Select(i => i.Name).Order().ToArray();

        Assert.Equal(functionNames, catalogued);
        Assert.Equal(catalogued.Length, catalogued.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Every_element_wise_entry_has_the_six_entry_points_and_every_vector_entry_the_two_span_forms()
    {
        foreach (ActivationInfo info in ActivationCatalog.All)
        {
            MethodInfo[] overloads = PublicMethods.Where(m => m.Name == info.Name).ToArray();
            MethodInfo[] derivatives = PublicMethods.Where(m => m.Name == info.Name + "Derivative").ToArray();
            Type[] firstParameters = overloads.Select(m => m.GetParameters()[0].ParameterType).OrderBy(t => t.Name).ToArray();
            if (info.IsElementwise)
            {
                // PReLU adds per-channel span overloads (and derivatives) beside the six.
                Assert.Equal([typeof(double), typeof(ReadOnlySpan<double>), typeof(ReadOnlySpan<float>), typeof(float)],
                    firstParameters.Distinct().OrderBy(t => t.ToString()).ToArray());
                Assert.Equal(2, derivatives.Count(m => m.GetParameters()[0].ParameterType == typeof(double) || m.GetParameters()[0].ParameterType == typeof(float)));
            }
            else if (info.Name == "GLU")
            {
                // GLU: one pair (a, b) or a vector, and its partial derivatives in both forms.
                Assert.Equal([typeof(double), typeof(ReadOnlySpan<double>), typeof(ReadOnlySpan<float>), typeof(float)],
                    firstParameters.OrderBy(t => t.ToString()).ToArray());
                Assert.Equal(4, derivatives.Length);
            }
            else
            {
                Assert.Equal([typeof(ReadOnlySpan<double>), typeof(ReadOnlySpan<float>)], firstParameters.OrderBy(t => t.ToString()).ToArray());
                Assert.Empty(derivatives);
            }
        }
    }

    [Fact]
    public void The_test_table_covers_every_element_wise_entry()
    {
        Assert.Equal(
            ActivationCatalog.All.Where(i => i.IsElementwise).Select(i => i.Name).Order(),
            ElementwiseFunctions.Defaults.Select(f => f.Name).Order());
    }

    [Fact]
    public void Catalogued_parameters_match_the_method_parameters_names_order_and_defaults()
    {
        foreach (ActivationInfo info in ActivationCatalog.All.Where(i => i.IsElementwise))
        {
            bool required = RequiredParameters.Contains(info.Name);
            foreach (MethodInfo method in new[] { ScalarDouble(info.Name), ScalarDouble(info.Name + "Derivative") })
            {
                ParameterInfo[] parameters = method.GetParameters()[1..];
                Assert.Equal(info.Parameters.Select(p => p.Name), parameters.Select(p => p.Name!));
                if (required)
                {
                    Assert.All(parameters, p => Assert.False(p.HasDefaultValue, $"{info.Name}.{p.Name}"));
                }
                else
                {
                    Assert.Equal(info.Parameters.Select(p => p.DefaultValue), parameters.Select(p => (double)p.DefaultValue!));
                }
            }

            ParameterInfo[] single = ScalarSingle(info.Name).GetParameters()[1..];
            if (!required)
            {
                Assert.Equal(info.Parameters.Select(p => (float)p.DefaultValue), single.Select(p => (float)p.DefaultValue!));
            }
        }
    }

    [Fact]
    public void Delegates_agree_with_direct_calls_with_default_parameters()
    {
        double[] xs = [-1000, -40, -3, -1.5, -0.75, -0.5, -1e-8, 0, 1e-8, 0.5, 1, 2.5, 3, 20, 40, 1000, double.NaN];
        foreach (ActivationInfo info in ActivationCatalog.All.Where(i => i.IsElementwise))
        {
            MethodInfo value = ScalarDouble(info.Name);
            MethodInfo derivative = ScalarDouble(info.Name + "Derivative");
            MethodInfo valueSingle = ScalarSingle(info.Name);
            MethodInfo derivativeSingle = ScalarSingle(info.Name + "Derivative");
            object?[] defaults = info.Parameters.Select(p => (object?)p.DefaultValue).ToArray();
            object?[] defaultsSingle = info.Parameters.Select(p => (object?)(float)p.DefaultValue).ToArray();
            foreach (double x in xs)
            {
                Assert.Equal((double)value.Invoke(null, [x, .. defaults])!, info.Value(x));
                Assert.Equal((double)derivative.Invoke(null, [x, .. defaults])!, info.Derivative(x));
                Assert.Equal((float)valueSingle.Invoke(null, [(float)x, .. defaultsSingle])!, info.Value((float)x));
                Assert.Equal((float)derivativeSingle.Invoke(null, [(float)x, .. defaultsSingle])!, info.Derivative((float)x));
            }

            var spanResult = new double[xs.Length];
            info.Value(xs, spanResult);
            Assert.Equal(xs.Select(info.Value).ToArray(), spanResult);
            info.Derivative(xs, spanResult);
            Assert.Equal(xs.Select(info.Derivative).ToArray(), spanResult);
            Assert.Equal(xs.Select(info.Value).ToArray(), info.Values(xs));
            Assert.Equal(xs.Select(info.Derivative).ToArray(), info.Derivatives(xs));
        }
    }

    [Fact]
    public void Delegates_agree_with_direct_calls_with_other_parameters()
    {
        foreach (ElementwiseFunction f in ElementwiseFunctions.WithParameters)
        {
            ActivationInfo info = ActivationCatalog.Get(f.Name);
            double[] parameters = f.Parameters.Split(", ").Select(p => double.Parse(p.Split('=')[1], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            BoundActivation bound = info.Bind(parameters);
            foreach (double x in new[] { -7.5, -1, -0.25, 0, 0.3, 1, 4.75, 12 })
            {
                Assert.Equal(f.Value(x), bound.Value(x));
                Assert.Equal(f.Value(x), info.Value(x, parameters));
                Assert.Equal(f.Derivative(x), bound.Derivative(x));
                Assert.Equal(f.Derivative(x), info.Derivative(x, parameters));
                Assert.Equal(f.ValueSingle((float)x), bound.Value((float)x));
                Assert.Equal(f.DerivativeSingle((float)x), bound.Derivative((float)x));
            }
        }
    }

    [Fact]
    public void Vector_entries_call_the_vector_functions_and_refuse_scalar_use()
    {
        double[] x = [1.0, 2, 3, -4];
        foreach (ActivationInfo info in ActivationCatalog.All.Where(i => !i.IsElementwise))
        {
            int outputLength = info.OutputLength(x.Length);
            Assert.Equal(info.Name == "GLU" ? 2 : 4, outputLength);
            var expected = new double[outputLength];
            typeof(Activation).GetMethods().Single(m => m.Name == info.Name && m.GetParameters()[0].ParameterType == typeof(ReadOnlySpan<double>));
            var actual = new double[outputLength];
            info.Value(x, actual);
            SpanFunction<double> direct = info.Name switch
            {
                "Softmax" => Activation.Softmax,
                "LogSoftmax" => Activation.LogSoftmax,
                "Softmin" => Activation.Softmin,
                "GLU" => Activation.GLU,
                _ => throw new InvalidOperationException($"No direct call listed for {info.Name}"),
            };
            direct(x, expected);
            Assert.Equal(expected, actual);
            Assert.Equal(expected, info.Values(x));

            var single = new float[outputLength];
            info.Value([1f, 2f, 3f, -4f], single);
            Assert.All(single, v => Assert.True(v is > 0 or < 0 or 0));
            Assert.Throws<InvalidOperationException>(() => info.Value(1.0));
            Assert.Throws<InvalidOperationException>(() => info.Derivative(1.0));
            Assert.Throws<InvalidOperationException>(() => info.Derivative(x, actual));
            Assert.Empty(info.Parameters);
        }
    }

    [Fact]
    public void SoftmaxNaive_is_callable_but_not_catalogued()
    {
        Assert.False(ActivationCatalog.TryGet("SoftmaxNaive", out _));
        var s = new double[3];
        Activation.SoftmaxNaive([1010.0, 1000, 990], s);
        Assert.All(s, v => Assert.True(double.IsNaN(v)));
    }

    [Fact]
    public void Descriptions_are_complete()
    {
        foreach (ActivationInfo info in ActivationCatalog.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(info.LatexValue), info.Name);
            Assert.False(string.IsNullOrWhiteSpace(info.LatexDerivative), info.Name);
            Assert.False(string.IsNullOrWhiteSpace(info.Description), info.Name);
            Assert.False(string.IsNullOrWhiteSpace(info.Reference), info.Name);
            Assert.False(string.IsNullOrWhiteSpace(info.Range.Latex), info.Name);
            Assert.True(info.Range.Lower <= info.Range.Upper, info.Name);
            Assert.Equal(CountBraces(info.LatexValue, '{'), CountBraces(info.LatexValue, '}'));
            Assert.Equal(CountBraces(info.LatexDerivative, '{'), CountBraces(info.LatexDerivative, '}'));
            foreach (ActivationParameter p in info.Parameters)
            {
                Assert.False(string.IsNullOrWhiteSpace(p.LatexSymbol), $"{info.Name}.{p.Name}");
                Assert.False(string.IsNullOrWhiteSpace(p.Description), $"{info.Name}.{p.Name}");
                Assert.Contains(p.LatexSymbol, info.LatexValue + info.Range.Latex);
            }
        }

        static int CountBraces(string latex, char brace) => latex.Count(c => c == brace);
    }

    [Fact]
    public void Get_ignores_case_and_names_the_unknown_activation()
    {
        Assert.Same(ActivationCatalog.Get("LeakyReLU"), ActivationCatalog.Get("leakyrelu"));
        Assert.Same(ActivationCatalog.Get("GELU"), ActivationCatalog.Get("gelu"));
        var e = Assert.Throws<ArgumentException>(() => ActivationCatalog.Get("Swishy"));
        Assert.Equal("name", e.ParamName);
        Assert.Contains("Swishy", e.Message);
        Assert.Contains("Sigmoid", e.Message); // lists what exists
        Assert.False(ActivationCatalog.TryGet("nope", out _));
    }

    [Fact]
    public void Bind_validates_the_number_and_the_values_of_parameters()
    {
        ActivationInfo softplus = ActivationCatalog.Get("Softplus");
        Assert.Equal("parameters", Assert.Throws<ArgumentException>(() => softplus.Bind(1, 20, 3)).ParamName);
        Assert.Equal("beta", Assert.Throws<ArgumentOutOfRangeException>(() => softplus.Bind(-1)).ParamName);
        Assert.Equal("min", Assert.Throws<ArgumentOutOfRangeException>(() => ActivationCatalog.Get("HardTanh").Bind(1, 0)).ParamName);
        Assert.Equal([2.0, 20.0], softplus.Bind(2).ParameterValues); // the rest keep their defaults
        Assert.Equal("Softplus(beta=2, threshold=20)", softplus.Bind(2).ToString());
        Assert.Equal(softplus.Default.ParameterValues, softplus.Bind().ParameterValues);
    }

    [Fact]
    public void The_catalogue_is_ordered_by_family_then_name()
    {
        var expected = ActivationCatalog.All.OrderBy(i => i.Family).ThenBy(i => i.Name, StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, ActivationCatalog.All);
        Assert.Equal(ActivationCatalog.All.Select(i => i.Name), ActivationCatalog.Names);
    }
}
