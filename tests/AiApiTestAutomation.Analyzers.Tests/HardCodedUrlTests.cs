using System.Threading.Tasks;
using AiApiTestAutomation.Analyzers.Rules;
using AiApiTestAutomation.CodeFixes;
using Xunit;

namespace AiApiTestAutomation.Analyzers.Tests;

public sealed class HardCodedUrlTests
{
    [Fact]
    public Task Literal_sent_through_HttpClient_request_message_or_base_address_is_reported() =>
        Verify.AnalyzerAsync<HardCodedUrlAnalyzer>("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            using Xunit;

            namespace Store.Tests;

            public class ProductTests
            {
                [Fact]
                public async Task Hand_written()
                {
                    using var http = new HttpClient { BaseAddress = new Uri({|AAT2002:"https://staging.example.com"|}) };
                    var response = await http.GetAsync({|AAT2002:"http://localhost:5000/products/1"|});
                    using var request = new HttpRequestMessage(HttpMethod.Delete, {|AAT2002:"http://localhost:5000/products/"|} + 1);
                    var text = await http.GetStringAsync($"{|AAT2002:http://localhost:5000/products/|}{request.Method}");
                    Assert.NotNull(response);
                }
            }
            """);

    [Fact]
    public Task Url_in_an_assertion_relative_url_and_helper_outside_tests_are_not_reported() =>
        Verify.AnalyzerAsync<HardCodedUrlAnalyzer>("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            using Xunit;

            namespace Store.Tests;

            public class ProductTests
            {
                [Fact]
                public async Task Relative()
                {
                    using var http = new HttpClient();
                    var response = await http.GetAsync("/products/1");
                    Assert.Equal(new Uri("http://localhost/products/1"), response.Headers.Location);
                    Assert.Equal("https://example.com/docs", response.ReasonPhrase);
                }

                private static Task<HttpResponseMessage> Helper(HttpClient http) => http.GetAsync("http://localhost/health");
            }
            """);

    [Fact]
    public Task Fix_uses_the_fixture_base_address_and_keeps_path_and_query() =>
        Verify.CodeFixAsync<HardCodedUrlAnalyzer, HardCodedUrlCodeFix>(
            """
            using System.Net.Http;
            using System.Threading.Tasks;
            using Xunit;

            namespace Store.Tests;

            public class ProductTests : IClassFixture<StoreApi>
            {
                private readonly StoreApi api;

                public ProductTests(StoreApi api) => this.api = api;

                [Fact]
                public async Task Hand_written()
                {
                    using var http = new HttpClient();
                    var response = await http.GetAsync({|AAT2002:"http://localhost:5000/products/1?expand=true"|});
                    var other = await http.GetAsync({|AAT2002:"http://localhost:5000/products/"|} + 2);
                    Assert.NotNull(response);
                }
            }
            """,
            """
            using System.Net.Http;
            using System.Threading.Tasks;
            using Xunit;

            namespace Store.Tests;

            public class ProductTests : IClassFixture<StoreApi>
            {
                private readonly StoreApi api;

                public ProductTests(StoreApi api) => this.api = api;

                [Fact]
                public async Task Hand_written()
                {
                    using var http = new HttpClient();
                    var response = await http.GetAsync(api.BaseUrl!.AbsoluteUri.TrimEnd('/') + "/products/1?expand=true");
                    var other = await http.GetAsync(api.BaseUrl!.AbsoluteUri.TrimEnd('/') + "/products/" + 2);
                    Assert.NotNull(response);
                }
            }
            """);

    [Fact]
    public Task Fix_works_with_a_primary_constructor_fixture_and_a_bare_host() =>
        Verify.CodeFixAsync<HardCodedUrlAnalyzer, HardCodedUrlCodeFix>(
            """
            using System;
            using System.Net.Http;
            using Xunit;

            namespace Store.Tests;

            public class ProductTests(StoreApi store) : IClassFixture<StoreApi>
            {
                [Fact]
                public void Hand_written()
                {
                    using var http = new HttpClient { BaseAddress = new Uri({|AAT2002:"http://localhost:5000"|}) };
                    Assert.NotNull(http);
                }
            }
            """,
            """
            using System;
            using System.Net.Http;
            using Xunit;

            namespace Store.Tests;

            public class ProductTests(StoreApi store) : IClassFixture<StoreApi>
            {
                [Fact]
                public void Hand_written()
                {
                    using var http = new HttpClient { BaseAddress = new Uri(store.BaseUrl!.AbsoluteUri.TrimEnd('/')) };
                    Assert.NotNull(http);
                }
            }
            """);

    [Fact]
    public Task No_fix_without_a_fixture() =>
        Verify.CodeFixAsync<HardCodedUrlAnalyzer, HardCodedUrlCodeFix>(
            """
            using System.Net.Http;
            using System.Threading.Tasks;
            using Xunit;

            namespace Store.Tests;

            public class ProductTests
            {
                [Fact]
                public async Task Hand_written() => Assert.NotNull(await new HttpClient().GetAsync({|AAT2002:"http://localhost/products/1"|}));
            }
            """,
            """
            using System.Net.Http;
            using System.Threading.Tasks;
            using Xunit;

            namespace Store.Tests;

            public class ProductTests
            {
                [Fact]
                public async Task Hand_written() => Assert.NotNull(await new HttpClient().GetAsync({|AAT2002:"http://localhost/products/1"|}));
            }
            """);
}
