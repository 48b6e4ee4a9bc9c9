namespace Activations;

/// <summary>A function that reads a span and writes a span (the shape of the vector activations).</summary>
internal delegate void SpanFunction<T>(ReadOnlySpan<T> x, Span<T> destination);

/// <summary>What a catalogue entry calls, with its parameter values already fixed.</summary>
internal abstract class ActivationKernel
{
    public abstract double Value(double x);

    public abstract float Value(float x);

    public abstract double Derivative(double x);

    public abstract float Derivative(float x);

    public abstract void Value(ReadOnlySpan<double> x, Span<double> destination);

    public abstract void Value(ReadOnlySpan<float> x, Span<float> destination);

    public abstract void Derivative(ReadOnlySpan<double> x, Span<double> destination);

    public abstract void Derivative(ReadOnlySpan<float> x, Span<float> destination);
}

/// <summary>
/// An element-wise activation bound to parameter values: the same operator struct the public
/// <see cref="Activation"/> methods use, so the catalogue never re-types a formula.
/// </summary>
/// <remarks>The <see cref="float"/> paths use the parameters rounded to float, exactly as the float
/// overloads of <see cref="Activation"/> receive them; that operator is created on first float use, so
/// a parameter that is valid in double but not in float (1e-50 for a positive beta) fails only then.</remarks>
internal sealed class ElementwiseKernel<TOperator> : ActivationKernel
    where TOperator : struct, IActivationOperator
{
    private readonly TOperator _double;

    // Lazy<T> publishes the float operator safely: a nullable-struct field filled with ??= could be seen by
    // another thread as "has value" before its parameters were written (torn write), giving alpha = 0.
    private readonly Lazy<TOperator> _single;

    public ElementwiseKernel(double[] parameters, Func<double[], TOperator> create)
    {
        _double = create(parameters);
        _single = new Lazy<TOperator>(() => create(Array.ConvertAll(parameters, p => (double)(float)p)),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private TOperator Single => _single.Value;

    public override double Value(double x) => _double.Invoke(x);

    public override float Value(float x) => Single.Invoke(x);

    public override double Derivative(double x) => _double.Derivative(x);

    public override float Derivative(float x) => Single.Derivative(x);

    public override void Value(ReadOnlySpan<double> x, Span<double> destination) =>
        Activation.InvokeValues(x, destination, _double);

    public override void Value(ReadOnlySpan<float> x, Span<float> destination) =>
        Activation.InvokeValues(x, destination, Single);

    public override void Derivative(ReadOnlySpan<double> x, Span<double> destination) =>
        Activation.InvokeSpanIntoSpan(x, destination, new DerivativeOperator<TOperator>(_double));

    public override void Derivative(ReadOnlySpan<float> x, Span<float> destination) =>
        Activation.InvokeSpanIntoSpan(x, destination, new DerivativeOperator<TOperator>(Single));
}

/// <summary>A function of a whole vector (softmax and relatives): only the span forms exist.</summary>
internal sealed class VectorKernel(string name, SpanFunction<double> value, SpanFunction<float> valueSingle) : ActivationKernel
{
    public override double Value(double x) => throw NotElementwise();

    public override float Value(float x) => throw NotElementwise();

    public override double Derivative(double x) => throw NotElementwise();

    public override float Derivative(float x) => throw NotElementwise();

    public override void Value(ReadOnlySpan<double> x, Span<double> destination) => value(x, destination);

    public override void Value(ReadOnlySpan<float> x, Span<float> destination) => valueSingle(x, destination);

    public override void Derivative(ReadOnlySpan<double> x, Span<double> destination) => throw NoElementwiseDerivative();

    public override void Derivative(ReadOnlySpan<float> x, Span<float> destination) => throw NoElementwiseDerivative();

    private InvalidOperationException NotElementwise() =>
        new($"{name} is a function of a whole vector: call the span form Value(x, destination).");

    private InvalidOperationException NoElementwiseDerivative() =>
        new($"{name} is a function of a whole vector: its derivative is a Jacobian matrix " +
            $"(see Activation.SoftmaxJacobian and the LatexDerivative of the entry), not an element-wise function.");
}
