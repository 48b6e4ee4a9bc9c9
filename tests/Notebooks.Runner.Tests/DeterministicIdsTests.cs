namespace Notebooks.Runner.Tests;

public sealed class DeterministicIdsTests
{
    private const string Chart = """
        <div id="0f8fad5b-d9cb-469f-a165-70867728950e"></div><script>
        var renderPlotly_0f8fad5bd9cb469fa16570867728950e = function() { Plotly.newPlot('0f8fad5b-d9cb-469f-a165-70867728950e'); };
        renderPlotly_0f8fad5bd9cb469fa16570867728950e();
        </script>
        """;

    [Fact]
    public void Both_forms_of_a_guid_map_to_one_replacement_that_depends_only_on_notebook_and_order()
    {
        var first = new DeterministicIds("01-notebook").Apply(Chart);
        var again = new DeterministicIds("01-notebook").Apply(Chart.Replace("0f8fad5b-d9cb-469f-a165-70867728950e", "7c9e6679-7425-40de-944b-e07fc1f90ae7")
            .Replace("0f8fad5bd9cb469fa16570867728950e", "7c9e6679742540de944be07fc1f90ae7"));

        Assert.Equal(first, again);
        Assert.DoesNotContain("0f8fad5b", first);
        var dashed = System.Text.RegularExpressions.Regex.Match(first, "id=\"([0-9a-f-]{36})\"").Groups[1].Value;
        Assert.Contains($"renderPlotly_{dashed.Replace("-", "")} =", first);
        Assert.Contains($"newPlot('{dashed}')", first);
        Assert.NotEqual(first, new DeterministicIds("02-other").Apply(Chart));
    }

    [Fact]
    public void Later_guids_get_later_replacements()
    {
        var ids = new DeterministicIds("n");
        var a = ids.Apply("0f8fad5b-d9cb-469f-a165-70867728950e");
        var b = ids.Apply("7c9e6679-7425-40de-944b-e07fc1f90ae7");
        Assert.NotEqual(a, b);
        Assert.Equal(a, ids.Apply("0f8fad5b-d9cb-469f-a165-70867728950e"));
    }
}
