namespace Activations;

/// <summary>Neural-network activation functions: values, derivatives and their descriptions.</summary>
public static partial class Activation
{
}
