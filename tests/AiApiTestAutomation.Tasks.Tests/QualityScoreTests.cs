using System;
using AiApiTestAutomation.Tasks.Reporting;
using Xunit;

namespace AiApiTestAutomation.Tasks.Tests;

/// <summary>The formula as docs/reports.md states it.</summary>
public sealed class QualityScoreTests
{
    private static readonly Finding Warning = new("AAT1100", "Warning", "w", 1);
    private static readonly Finding Error = new("AAT1101", "Error", "e", 1);

    [Theory]
    [InlineData(new string[0], 20)]
    [InlineData(new[] { "Validation" }, 80)]
    [InlineData(new[] { "Error" }, 80)]
    [InlineData(new[] { "Crud", "Error" }, 100)]
    public void Operation_score_adds_coverage_depth_and_hygiene(string[] categories, int expected) =>
        Assert.Equal(expected, QualityScore.ForOperation(categories, Array.Empty<Finding>()));

    [Fact]
    public void Operation_findings_take_hygiene_points_only()
    {
        Assert.Equal(90, QualityScore.ForOperation(new[] { "Crud", "Error" }, new[] { Warning }));
        Assert.Equal(80, QualityScore.ForOperation(new[] { "Crud", "Error" }, new[] { Error, Warning }));
        Assert.Equal(0, QualityScore.ForOperation(Array.Empty<string>(), new[] { Error, Error }));
    }

    [Fact]
    public void Spec_score_is_the_mean_less_a_capped_spec_level_penalty()
    {
        Assert.Equal(60, QualityScore.ForSpec(new[] { 100, 20 }, Array.Empty<Finding>(), readable: true));
        Assert.Equal(40, QualityScore.ForSpec(new[] { 100, 20 }, new[] { Error, Warning }, readable: true));
        Assert.Equal(70, QualityScore.ForSpec(new[] { 100 }, new[] { Error, Error, Error }, readable: true));
        Assert.Equal(0, QualityScore.ForSpec(new[] { 100 }, Array.Empty<Finding>(), readable: false));
        Assert.Equal(0, QualityScore.ForSpec(Array.Empty<int>(), Array.Empty<Finding>(), readable: true));
    }
}
