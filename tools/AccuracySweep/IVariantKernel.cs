namespace Activations.Accuracy;

/// <summary>
/// The scalar paths of one activation variant as a struct, so that a sweep loop generic over it calls the
/// library directly (inlined, no delegate per element).
/// </summary>
public interface IVariantKernel
{
    /// <summary>Double scalar f.</summary>
    double Value(double x);

    /// <summary>Double scalar f′.</summary>
    double Derivative(double x);

    /// <summary>Float scalar f.</summary>
    float ValueSingle(float x);

    /// <summary>Float scalar f′.</summary>
    float DerivativeSingle(float x);

    /// <summary>Double scalar f with the parameters rounded to float: the reference of the float sweep.</summary>
    double ValueAtSingleParameters(double x);

    /// <summary>Double scalar f′ with the parameters rounded to float.</summary>
    double DerivativeAtSingleParameters(double x);

    /// <summary>Double span f.</summary>
    void ValueSpan(ReadOnlySpan<double> x, Span<double> destination);

    /// <summary>Float span f.</summary>
    void ValueSpanSingle(ReadOnlySpan<float> x, Span<float> destination);
}
