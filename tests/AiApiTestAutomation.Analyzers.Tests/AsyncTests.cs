using System.Threading.Tasks;
using AiApiTestAutomation.Analyzers.Rules;
using AiApiTestAutomation.CodeFixes;
using Xunit;

namespace AiApiTestAutomation.Analyzers.Tests;

public sealed class AsyncTests
{
    [Fact]
    public Task Async_void_test_is_reported_but_async_void_helper_and_async_Task_test_are_not() =>
        Verify.AnalyzerAsync<AsyncVoidAnalyzer>("""
            using System.Threading.Tasks;
            using Xunit;

            namespace Store.Tests;

            public class ProductTests
            {
                [Fact]
                public async void {|AAT2003:Fire_and_forget|}() => Assert.Equal(200, await new StoreClient().GetProductAsync(1));

                [Fact]
                public async Task Awaited() => Assert.Equal(200, await new StoreClient().GetProductAsync(1));

                private async void Handler(object sender) => await Task.Yield();
            }
            """);

    [Fact]
    public Task Async_void_fix_returns_Task() =>
        Verify.CodeFixAsync<AsyncVoidAnalyzer, AsyncVoidCodeFix>(
            """
            using System.Threading.Tasks;
            using Xunit;

            namespace Store.Tests;

            public class ProductTests
            {
                [Fact]
                public async void {|AAT2003:Fire_and_forget|}()
                {
                    Assert.Equal(200, await new StoreClient().GetProductAsync(1));
                }
            }
            """,
            """
            using System.Threading.Tasks;
            using Xunit;

            namespace Store.Tests;

            public class ProductTests
            {
                [Fact]
                public async Task Fire_and_forget()
                {
                    Assert.Equal(200, await new StoreClient().GetProductAsync(1));
                }
            }
            """);

    [Fact]
    public Task Result_Wait_and_GetResult_in_a_test_are_reported_but_not_in_a_helper() =>
        Verify.AnalyzerAsync<BlockingWaitAnalyzer>("""
            using System.Threading.Tasks;
            using Xunit;

            namespace Store.Tests;

            public class ProductTests
            {
                private readonly StoreClient client = new();

                [Fact]
                public void Blocks()
                {
                    var a = {|AAT2004:client.GetProductAsync(1).Result|};
                    {|AAT2004:Task.Delay(1).Wait()|};
                    var b = {|AAT2004:client.GetProductAsync(2).GetAwaiter().GetResult()|};
                    Assert.Equal(a, b);
                }

                [Fact]
                public async Task Awaits() => Assert.Equal(200, await client.GetProductAsync(1));

                private int Helper() => client.GetProductAsync(1).Result;
            }
            """);

    [Fact]
    public Task Blocking_fix_awaits_and_makes_a_void_test_async_Task() =>
        Verify.CodeFixAsync<BlockingWaitAnalyzer, BlockingWaitCodeFix>(
            """
            using System.Threading.Tasks;
            using Xunit;

            namespace Store.Tests;

            public class ProductTests
            {
                private readonly StoreClient client = new();

                [Fact]
                public void Blocks()
                {
                    var status = {|AAT2004:client.GetProductAsync(1).Result|};
                    Assert.Equal(200, status);
                }
            }
            """,
            """
            using System.Threading.Tasks;
            using Xunit;

            namespace Store.Tests;

            public class ProductTests
            {
                private readonly StoreClient client = new();

                [Fact]
                public async Task Blocks()
                {
                    var status = await client.GetProductAsync(1);
                    Assert.Equal(200, status);
                }
            }
            """);

    [Fact]
    public Task Blocking_fix_handles_Wait_and_GetResult_in_an_async_test_and_keeps_needed_parentheses() =>
        Verify.CodeFixAsync<BlockingWaitAnalyzer, BlockingWaitCodeFix>(
            """
            using System.Threading.Tasks;
            using Xunit;

            namespace Store.Tests;

            public class ProductTests
            {
                private readonly StoreClient client = new();

                [Fact]
                public async Task Blocks()
                {
                    await Task.Yield();
                    {|AAT2004:Task.Delay(1).Wait()|};
                    var text = {|AAT2004:client.GetProductAsync(1).GetAwaiter().GetResult()|}.ToString();
                    Assert.Equal("200", text);
                }
            }
            """,
            """
            using System.Threading.Tasks;
            using Xunit;

            namespace Store.Tests;

            public class ProductTests
            {
                private readonly StoreClient client = new();

                [Fact]
                public async Task Blocks()
                {
                    await Task.Yield();
                    await Task.Delay(1);
                    var text = (await client.GetProductAsync(1)).ToString();
                    Assert.Equal("200", text);
                }
            }
            """);

    [Fact]
    public Task Fixing_every_blocking_call_of_a_void_test_gives_one_async_Task_method() =>
        Verify.CodeFixAsync<BlockingWaitAnalyzer, BlockingWaitCodeFix>(
            """
            using System.Threading.Tasks;
            using Xunit;

            namespace Store.Tests;

            public class ProductTests
            {
                private readonly StoreClient client = new();

                [Fact]
                public void Blocks()
                {
                    var first = {|AAT2004:client.GetProductAsync(1).Result|};
                    var second = {|AAT2004:client.GetProductAsync(2).Result|};
                    Assert.Equal(first, second);
                }
            }
            """,
            """
            using System.Threading.Tasks;
            using Xunit;

            namespace Store.Tests;

            public class ProductTests
            {
                private readonly StoreClient client = new();

                [Fact]
                public async Task Blocks()
                {
                    var first = await client.GetProductAsync(1);
                    var second = await client.GetProductAsync(2);
                    Assert.Equal(first, second);
                }
            }
            """);

    [Fact]
    public Task No_blocking_fix_inside_a_lambda() =>
        Verify.CodeFixAsync<BlockingWaitAnalyzer, BlockingWaitCodeFix>(
            """
            using System;
            using Xunit;

            namespace Store.Tests;

            public class ProductTests
            {
                [Fact]
                public void Blocks()
                {
                    Func<int> read = () => {|AAT2004:new StoreClient().GetProductAsync(1).Result|};
                    Assert.Equal(200, read());
                }
            }
            """,
            """
            using System;
            using Xunit;

            namespace Store.Tests;

            public class ProductTests
            {
                [Fact]
                public void Blocks()
                {
                    Func<int> read = () => {|AAT2004:new StoreClient().GetProductAsync(1).Result|};
                    Assert.Equal(200, read());
                }
            }
            """);
}
