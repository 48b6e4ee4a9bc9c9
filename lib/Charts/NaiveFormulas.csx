// NaiveFormulas.csx: the articles' naive formulas, written once for all notebooks.
//
// Each function below is a textbook formula typed straight into C#, the way the source articles (and
// many tutorials) code it. They are NOT the library's formulas and must not be used to compute
// anything: the notebooks call them only to show, next to the library's Activation.* (the single
// source of every formula), what goes wrong with them (overflow, cancellation, a lost NaN or sign).
// Every notebook labels their output "naive".
//
// Load it after the packages and the library are referenced:
//     #load "../lib/Charts/NaiveFormulas.csx"
// It uses System.Math only, so it compiles on its own.

using System;

/// <summary>σ(x) = 1/(1 + e^(−x)), the articles' sigmoid (naive: 0 instead of a subnormal below x ≈ −709.8).</summary>
double NaiveSigmoid(double x) => 1 / (1 + Math.Exp(-x));

/// <summary>The naive sigmoid in float arithmetic, 1f/(1f + MathF.Exp(−x)): the scalar loop a reader writes first.</summary>
float NaiveSigmoidFloat(float x) => 1f / (1f + MathF.Exp(-x));

/// <summary>σ′ written through the value, σ(1 − σ): 1 − σ cancels, and the result is 0 once σ rounds to 1.</summary>
double NaiveSigmoidDerivative(double x)
{
    double sigma = NaiveSigmoid(x);
    return sigma * (1 - sigma);
}

/// <summary>tanh x = (e^x − e^(−x))/(e^x + e^(−x)), the definition (naive: ∞/∞ = NaN from x ≈ 709.8 on).</summary>
double NaiveTanh(double x) => (Math.Exp(x) - Math.Exp(-x)) / (Math.Exp(x) + Math.Exp(-x));

/// <summary>tanh′ written through the value, 1 − tanh²x: 0 once tanh x rounds to 1.</summary>
double NaiveTanhDerivative(double x) => 1 - Math.Tanh(x) * Math.Tanh(x);

/// <summary>TanhShrink as the article codes it, x − tanh x (naive: cancels for small |x|).</summary>
double NaiveTanhShrink(double x) => x - Math.Tanh(x);

/// <summary>The naive TanhShrink in float arithmetic, x − MathF.Tanh(x).</summary>
float NaiveTanhShrinkFloat(float x) => x - MathF.Tanh(x);

/// <summary>softplus x = ln(1 + e^x) (naive: ∞ from x ≈ 709.8 on, 0 for x below about −37).</summary>
double NaiveSoftplus(double x) => Math.Log(1 + Math.Exp(x));

/// <summary>
/// LeakyReLU as the article codes it, np.maximum(x, p·x): the definition only for 0 ≤ p ≤ 1
/// (for p &gt; 1 it returns p·x on the positive side).
/// </summary>
double NaiveLeakyReLU(double x, double p) => Math.Max(x, p * x);

/// <summary>ReLU written with a comparison, x &gt; 0 ? x : 0 (naive: turns a NaN input into 0).</summary>
double NaiveReLU(double x) => x > 0 ? x : 0;
