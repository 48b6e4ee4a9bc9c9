using System.Globalization;

namespace Activations;

/// <summary>
/// A catalogue entry with its parameter values fixed: evaluates the value and the derivative by calling
/// the library's own implementation (the operator behind the <see cref="Activation"/> methods).
/// </summary>
/// <remarks>Obtained from <see cref="ActivationInfo.Bind"/> or <see cref="ActivationInfo.Default"/>.
/// The <see cref="float"/> overloads use the parameter values rounded to float, as the float overloads of
/// <see cref="Activation"/> do. Beware that an integer literal argument (<c>Value(1)</c>) selects the
/// <see cref="float"/> overload, C#'s better conversion; write <c>Value(1.0)</c>.</remarks>
public sealed class BoundActivation
{
    private readonly ActivationKernel _kernel;
    private readonly double[] _parameterValues;

    internal BoundActivation(ActivationInfo info, double[] parameterValues, ActivationKernel kernel)
    {
        Info = info;
        _parameterValues = parameterValues;
        _kernel = kernel;
    }

    /// <summary>The catalogue entry.</summary>
    public ActivationInfo Info { get; }

    /// <summary>The entry's name (same as <see cref="ActivationInfo.Name"/>).</summary>
    public string Name => Info.Name;

    /// <summary>The parameter values, in the order of <see cref="ActivationInfo.Parameters"/>.</summary>
    public IReadOnlyList<double> ParameterValues => _parameterValues;

    /// <summary>f(x). Element-wise entries only.</summary>
    /// <exception cref="InvalidOperationException">The entry is a function of a whole vector.</exception>
    public double Value(double x) => _kernel.Value(x);

    /// <inheritdoc cref="Value(double)"/>
    public float Value(float x) => _kernel.Value(x);

    /// <summary>f′(x), with the library's conventions at kinks. Element-wise entries only.</summary>
    /// <exception cref="InvalidOperationException">The entry is a function of a whole vector.</exception>
    public double Derivative(double x) => _kernel.Derivative(x);

    /// <inheritdoc cref="Derivative(double)"/>
    public float Derivative(float x) => _kernel.Derivative(x);

    /// <summary>Writes f(x) to <paramref name="destination"/>: element by element, or the vector function
    /// (softmax…) of the whole of <paramref name="x"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or overlaps it without starting at the same element.</exception>
    public void Value(ReadOnlySpan<double> x, Span<double> destination) => _kernel.Value(x, destination);

    /// <inheritdoc cref="Value(ReadOnlySpan{double}, Span{double})"/>
    public void Value(ReadOnlySpan<float> x, Span<float> destination) => _kernel.Value(x, destination);

    /// <summary>Writes f′(x[i]) to <c>destination[i]</c>. Element-wise entries only.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or overlaps it without starting at the same element.</exception>
    /// <exception cref="InvalidOperationException">The entry is a function of a whole vector (its derivative is a Jacobian).</exception>
    public void Derivative(ReadOnlySpan<double> x, Span<double> destination) => _kernel.Derivative(x, destination);

    /// <inheritdoc cref="Derivative(ReadOnlySpan{double}, Span{double})"/>
    public void Derivative(ReadOnlySpan<float> x, Span<float> destination) => _kernel.Derivative(x, destination);

    /// <summary>f applied to <paramref name="x"/>, as a new array (handy for tables and plots); its length is
    /// <see cref="ActivationInfo.OutputLength"/> (half of x's for GLU).</summary>
    public double[] Values(ReadOnlySpan<double> x)
    {
        var result = new double[Info.OutputLength(x.Length)];
        _kernel.Value(x, result);
        return result;
    }

    /// <summary>f′ applied element-wise to <paramref name="x"/>, as a new array. Element-wise entries only.</summary>
    /// <exception cref="InvalidOperationException">The entry is a function of a whole vector.</exception>
    public double[] Derivatives(ReadOnlySpan<double> x)
    {
        var result = new double[x.Length];
        _kernel.Derivative(x, result);
        return result;
    }

    /// <summary>The name with its parameters, e.g. <c>LeakyReLU(alpha=0.01)</c>.</summary>
    public override string ToString() =>
        _parameterValues.Length == 0
            ? Name
            : Name + "(" + string.Join(", ", Info.Parameters.Select((p, i) =>
                p.Name + "=" + _parameterValues[i].ToString("R", CultureInfo.InvariantCulture))) + ")";
}
