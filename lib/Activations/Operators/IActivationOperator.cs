namespace Activations;

/// <summary>
/// An element-wise activation: its value and its derivative, for <see cref="double"/> and
/// <see cref="float"/>, with the parameters held in the struct.
/// </summary>
/// <remarks>
/// The <see cref="float"/> members evaluate in <see cref="double"/> and round once; the double path is
/// accurate to a few ULP, so the float result is the correctly rounded one except in rare near-ties.
/// </remarks>
internal interface IActivationOperator : IUnaryOperator<double>, IUnaryOperator<float>
{
    /// <summary>d/dx of <see cref="IUnaryOperator{T}.Invoke(T)"/> at <paramref name="x"/>.</summary>
    double Derivative(double x);

    /// <summary>d/dx of <see cref="IUnaryOperator{T}.Invoke(T)"/> at <paramref name="x"/>.</summary>
    float Derivative(float x);

    /// <summary>
    /// The lane form of <see cref="Derivative(double)"/>: lane by lane the same bits, for
    /// <see cref="ScalarLanes"/> and Vector128/256/512 alike (lanes it does not cover go through
    /// <see cref="ILanes{TVec}.PerLane"/> with a <see cref="DerivativeOperator{TOperator}"/>).
    /// </summary>
    TVec Derivative<TVec, TLanes>(TVec x)
        where TLanes : ILanes<TVec>;
}
