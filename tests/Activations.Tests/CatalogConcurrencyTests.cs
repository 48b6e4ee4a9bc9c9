namespace Activations.Tests;

/// <summary>A bound activation is shared by threads: its float operator, made on first float use, must be
/// published whole (a torn write once showed LeakyReLU′(0f) with alpha read as 0).</summary>
public class CatalogConcurrencyTests
{
    [Fact]
    public void Float_paths_of_a_bound_activation_used_from_many_threads_at_once_see_its_parameters()
    {
        var leaky = ActivationCatalog.Get("LeakyReLU");
        const float alpha = 0.25f;
        for (int round = 0; round < 2000; round++)
        {
            var bound = leaky.Bind(alpha);
            var results = new float[8];
            using var start = new Barrier(results.Length);
            Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = results.Length }, i =>
            {
                start.SignalAndWait();
                results[i] = bound.Derivative(-1f);
            });
            Assert.All(results, r => Assert.Equal(alpha, r));
        }
    }
}
