using System;
using AiApiTestAutomation.Generator.Emit;
using Xunit;

namespace AiApiTestAutomation.Generator.Tests;

/// <summary>Writers that take turns with one builder each get only their own text.</summary>
public sealed class SourceWriterTests
{
    [Fact]
    public void A_writer_after_a_finished_one_starts_empty()
    {
        var first = new SourceWriter();
        first.Open("class First").Line("int x;").Close();
        var firstText = first.Finish();

        var second = new SourceWriter();
        second.Line("// second");

        Assert.Equal("class First\n{\n    int x;\n}\n", firstText);
        Assert.Equal("// second\n", second.Finish());
    }

    [Fact]
    public void Writers_open_at_the_same_time_keep_their_texts_apart()
    {
        var outer = new SourceWriter();
        outer.Line("outer 1");
        var inner = new SourceWriter();
        inner.Line("inner");
        outer.Line("outer 2");
        var innerText = inner.Finish();
        var next = new SourceWriter();
        next.Line("next");
        outer.Line("outer 3");

        Assert.Equal("inner\n", innerText);
        Assert.Equal("next\n", next.Finish());
        Assert.Equal("outer 1\nouter 2\nouter 3\n", outer.Finish());
    }

    [Fact]
    public void A_finished_writer_cannot_write_into_the_builder_it_gave_back()
    {
        var writer = new SourceWriter();
        writer.Line("done");
        writer.Finish();
        var taker = new SourceWriter();

        Assert.Throws<InvalidOperationException>(() => writer.Line("late"));
        Assert.Throws<InvalidOperationException>(() => writer.Finish());
        Assert.Equal(string.Empty, taker.Finish());
    }
}
