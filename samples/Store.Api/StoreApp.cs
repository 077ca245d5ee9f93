using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Store.Api;

/// <summary>Builds the sample store API: products (DELETE guarded by an API key) and orders, in memory.</summary>
public static class StoreApp
{
    /// <summary>The header that carries the API key on DELETE /products/{productId}.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    private const int DefaultLimit = 20;
    private const int MaxLimit = 100;
    private const decimal MaxPrice = 100_000m;

    private static readonly string[] ProductProperties = ["name", "price", "sku", "category", "tags", "description"];
    private static readonly string[] OrderProperties = ["productId", "quantity", "customerEmail", "note"];
    private static readonly string[] Categories = ["tools", "toys", "books"];

    /// <summary>Builds the application with every endpoint mapped. Call <c>Run</c> or <c>StartAsync</c> on the result.</summary>
    public static WebApplication Build(StoreApiOptions options, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(args);

        // Many hosts may run in one test process: no file watchers (inotify instances are a scarce resource).
        var hostArgs = args.Any(a => a.Contains("reloadConfigOnChange", StringComparison.OrdinalIgnoreCase))
            ? args
            : ["--hostBuilder:reloadConfigOnChange=false", .. args];

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = hostArgs,
            ApplicationName = typeof(StoreApp).Assembly.GetName().Name,
        });

        // Quiet: warnings and errors only (override with --Logging:LogLevel:Default=Information).
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(options);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        var api = new StoreEndpoints(options);
        var products = app.MapGroup("/products");
        products.MapGet("/", api.ListProducts);
        products.MapPost("/", (Delegate)api.CreateProductAsync); // Delegate, not RequestDelegate: the IResult must be executed
        products.MapGet("/{productId}", api.GetProductAsync);
        products.MapPut("/{productId}", api.UpdateProductAsync);
        products.MapDelete("/{productId}", api.DeleteProduct);

        var orders = app.MapGroup("/orders");
        orders.MapGet("/", api.ListOrders);
        orders.MapPost("/", (Delegate)api.CreateOrderAsync);
        orders.MapGet("/{orderId}", api.GetOrder);
        orders.MapPut("/{orderId}", api.UpdateOrderAsync);
        orders.MapDelete("/{orderId}", api.DeleteOrder);

        return app;
    }

    private sealed class StoreEndpoints(StoreApiOptions options)
    {
        private readonly InMemoryStore<Product> _products = new();
        private readonly InMemoryStore<Order> _orders = new();

        // ---------------------------------------------------------------- products

        public IResult ListProducts(HttpContext context)
        {
            var limit = DefaultLimit;
            var values = context.Request.Query["limit"];
            if (values.Count > 0)
            {
                var parsed = values.Count == 1 && int.TryParse(values[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out limit);
                if (parsed && options.Has(StoreFaults.IgnoreInvalidLimit))
                {
                    // FAULT ignore-invalid-limit: an out-of-range limit is silently clamped.
                    limit = Math.Clamp(limit, 1, MaxLimit);
                }

                // FAULT reject-limit-at-maximum: the upper bound is checked as exclusive.
                var highest = options.Has(StoreFaults.RejectLimitAtMaximum) ? MaxLimit - 1 : MaxLimit;
                if (!parsed || limit < 1 || limit > highest)
                {
                    return Validation.Single("limit", $"'limit' must be one integer between 1 and {MaxLimit}.");
                }
            }

            return Results.Json(new JsonArray([.. _products.List(limit).Select(ToJson)]));
        }

        public async Task<IResult> CreateProductAsync(HttpContext context)
        {
            var (root, error) = await Validation.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
            if (error is not null)
            {
                return error;
            }

            var validation = new Validation();
            var data = ReadProduct(root, validation, isCreate: true);
            if (data is null)
            {
                return validation.ToResult();
            }

            // FAULT 500-on-edge-input: the valid boundary price 100000 crashes the handler.
            if (options.Has(StoreFaults.ServerErrorOnEdgeInput) && data.Price == MaxPrice)
            {
                return Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "Internal Server Error");
            }

            var product = _products.Add(id => new Product(id, data, Now()));

            // FAULT omit-location: 201 without the documented Location header.
            if (!options.Has(StoreFaults.OmitLocation))
            {
                context.Response.Headers.Location = "/products/" + product.Id.ToString(CultureInfo.InvariantCulture);
            }

            return Results.Json(ToJson(product), statusCode: StatusCodes.Status201Created);
        }

        public async Task<IResult> GetProductAsync(string productId, CancellationToken ct)
        {
            // FAULT slow-endpoint: every GET /products/{id} takes 300 ms more.
            if (options.Has(StoreFaults.SlowEndpoint))
            {
                await Task.Delay(300, ct).ConfigureAwait(false);
            }

            if (!TryParseId(productId, out var id))
            {
                return NotFound("Product", productId);
            }

            if (_products.Get(id) is { } product)
            {
                return Results.Json(ToJson(product));
            }

            // FAULT get-unknown-returns-200: an unknown id answers 200 with a made-up product.
            if (options.Has(StoreFaults.GetUnknownReturns200))
            {
                var madeUp = new Product(id, new ProductData("Phantom product", 9.99m, "PHA-0000", "toys", null, null), Now());
                return Results.Json(ToJson(madeUp));
            }

            return NotFound("Product", productId);
        }

        public async Task<IResult> UpdateProductAsync(HttpContext context, string productId)
        {
            // The body is validated before the id is looked up: an invalid body is 400 whatever the id.
            var (root, error) = await Validation.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
            if (error is not null)
            {
                return error;
            }

            var validation = new Validation();
            var data = ReadProduct(root, validation, isCreate: false);
            if (data is null)
            {
                return validation.ToResult();
            }

            if (!TryParseId(productId, out var id) || _products.Update(id, current => current with { Data = data }) is not { } updated)
            {
                return NotFound("Product", productId);
            }

            return Results.Json(ToJson(updated));
        }

        public IResult DeleteProduct(HttpContext context, string productId)
        {
            if (!HasValidApiKey(context.Request))
            {
                return Results.Problem(
                    statusCode: StatusCodes.Status401Unauthorized,
                    title: "Unauthorized",
                    detail: $"A valid '{ApiKeyHeader}' header is required to delete a product.");
            }

            if (!TryParseId(productId, out var id) || _products.Get(id) is null)
            {
                return NotFound("Product", productId);
            }

            // FAULT delete-does-not-delete: answer 204 but keep the product.
            if (!options.Has(StoreFaults.DeleteDoesNotDelete) && !_products.Remove(id))
            {
                return NotFound("Product", productId);
            }

            return Results.NoContent();
        }

        // ---------------------------------------------------------------- orders

        public IResult ListOrders() =>
            Results.Json(new JsonArray([.. _orders.List(int.MaxValue).Select(ToJson)]));

        public async Task<IResult> CreateOrderAsync(HttpContext context)
        {
            var (root, error) = await Validation.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
            if (error is not null)
            {
                return error;
            }

            var validation = new Validation();
            var data = ReadOrder(root, validation);
            if (data is null)
            {
                return validation.ToResult();
            }

            var order = _orders.Add(id => new Order(id, data, "pending", Now()));
            context.Response.Headers.Location = "/orders/" + order.Id.ToString(CultureInfo.InvariantCulture);

            // FAULT create-returns-200: 200 instead of the documented 201.
            var status = options.Has(StoreFaults.CreateReturns200) ? StatusCodes.Status200OK : StatusCodes.Status201Created;
            return Results.Json(ToJson(order), statusCode: status);
        }

        public IResult GetOrder(string orderId) =>
            TryParseId(orderId, out var id) && _orders.Get(id) is { } order
                ? Results.Json(ToJson(order))
                : NotFound("Order", orderId);

        public async Task<IResult> UpdateOrderAsync(HttpContext context, string orderId)
        {
            var (root, error) = await Validation.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
            if (error is not null)
            {
                return error;
            }

            var validation = new Validation();
            var data = ReadOrder(root, validation);
            if (data is null)
            {
                return validation.ToResult();
            }

            if (!TryParseId(orderId, out var id) || _orders.Update(id, current => current with { Data = data }) is not { } updated)
            {
                return NotFound("Order", orderId);
            }

            return Results.Json(ToJson(updated));
        }

        public IResult DeleteOrder(string orderId) =>
            TryParseId(orderId, out var id) && _orders.Remove(id)
                ? Results.NoContent()
                : NotFound("Order", orderId);

        // ---------------------------------------------------------------- input

        private ProductData? ReadProduct(JsonElement root, Validation validation, bool isCreate)
        {
            validation.RejectUnknownProperties(root, ProductProperties);

            // FAULT accept-long-name: the 100-character limit on name is not enforced.
            int? nameMax = options.Has(StoreFaults.AcceptLongName) ? null : 100;
            var name = validation.String(validation.Required(root, "name"), "name", 1, nameMax);
            var price = validation.Number(validation.Required(root, "price"), "price", 0m, MaxPrice);

            // FAULT accept-missing-required: POST /products without sku is accepted.
            var skuElement = isCreate && options.Has(StoreFaults.AcceptMissingRequired)
                ? Validation.Optional(root, "sku")
                : validation.Required(root, "sku");
            var sku = validation.String(skuElement, "sku", 0, null);
            if (sku is not null && !Validation.SkuPattern().IsMatch(sku))
            {
                validation.Add("sku", "'sku' must match ^[A-Z]{3}-[0-9]{4}$.");
            }

            var category = validation.String(validation.Required(root, "category"), "category", 0, null);
            if (category is not null && !Categories.Contains(category, StringComparer.Ordinal))
            {
                validation.Add("category", "'category' must be one of: " + string.Join(", ", Categories) + ".");
            }

            var tags = ReadTags(Validation.Optional(root, "tags"), validation);

            string? description = null;
            if (Validation.Optional(root, "description") is { } descriptionElement && descriptionElement.ValueKind != JsonValueKind.Null)
            {
                description = validation.String(descriptionElement, "description", 0, 500);
            }

            return validation.IsValid
                ? new ProductData(name!, price!.Value, sku, category!, tags, description)
                : null;
        }

        private static IReadOnlyList<string>? ReadTags(JsonElement? value, Validation validation)
        {
            if (value is not { } element)
            {
                return null;
            }

            if (element.ValueKind != JsonValueKind.Array)
            {
                validation.Add("tags", "'tags' must be an array of strings.");
                return null;
            }

            if (element.GetArrayLength() > 5)
            {
                validation.Add("tags", "'tags' must have at most 5 items.");
                return null;
            }

            var tags = new List<string>();
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                var key = $"tags[{index++}]";
                if (validation.String(item, key, 0, 20) is { } tag)
                {
                    tags.Add(tag);
                }
            }

            return tags;
        }

        private OrderData? ReadOrder(JsonElement root, Validation validation)
        {
            validation.RejectUnknownProperties(root, OrderProperties);

            var productId = validation.Integer(validation.Required(root, "productId"), "productId", 1, long.MaxValue);

            // FAULT accept-out-of-range: quantities above 100 are accepted (still within int32).
            var maxQuantity = options.Has(StoreFaults.AcceptOutOfRange) ? int.MaxValue : 100;
            var quantity = validation.Integer(validation.Required(root, "quantity"), "quantity", 1, maxQuantity);

            var email = validation.String(validation.Required(root, "customerEmail"), "customerEmail", 0, null);
            if (email is not null && !Validation.EmailPattern().IsMatch(email))
            {
                validation.Add("customerEmail", "'customerEmail' must be an e-mail address (local@domain.tld).");
            }

            var note = validation.String(Validation.Optional(root, "note"), "note", 0, 200);

            return validation.IsValid
                ? new OrderData(productId!.Value, (int)quantity!.Value, email!, note)
                : null;
        }

        private bool HasValidApiKey(HttpRequest request)
        {
            var values = request.Headers[ApiKeyHeader];
            if (values.Count != 1 || values[0] is not { } presented)
            {
                return false;
            }

            return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(options.ApiKey));
        }

        // ---------------------------------------------------------------- output

        private JsonObject ToJson(Product product)
        {
            var data = product.Data;
            var json = new JsonObject { ["id"] = product.Id, ["name"] = data.Name };

            // FAULT wrong-type-property: price goes out as a string.
            json["price"] = options.Has(StoreFaults.WrongTypeProperty)
                ? JsonValue.Create(data.Price.ToString(CultureInfo.InvariantCulture))
                : JsonValue.Create(data.Price);

            if (data.Sku is not null)
            {
                json["sku"] = data.Sku;
            }

            json["category"] = data.Category;
            if (data.Tags is not null)
            {
                json["tags"] = new JsonArray([.. data.Tags.Select(tag => (JsonNode?)JsonValue.Create(tag))]);
            }

            if (data.Description is not null)
            {
                json["description"] = data.Description;
            }

            json["createdAt"] = FormatTimestamp(product.CreatedAt);
            return json;
        }

        private JsonObject ToJson(Order order)
        {
            var data = order.Data;
            var json = new JsonObject { ["id"] = order.Id, ["productId"] = data.ProductId, ["quantity"] = data.Quantity };

            // FAULT omit-required-property: the required customerEmail is left out.
            if (!options.Has(StoreFaults.OmitRequiredProperty))
            {
                json["customerEmail"] = data.CustomerEmail;
            }

            if (data.Note is not null)
            {
                json["note"] = data.Note;
            }

            // FAULT enum-out-of-set: a status outside pending|paid|shipped|cancelled.
            json["status"] = options.Has(StoreFaults.EnumOutOfSet) ? "unknown" : order.Status;
            json["createdAt"] = FormatTimestamp(order.CreatedAt);
            return json;
        }

        private static IResult NotFound(string what, string id) =>
            Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: $"{what} '{id}' does not exist.");

        /// <summary>Only plain decimal digits name a resource; anything else (letters, signs, overflow) is simply not found.</summary>
        private static bool TryParseId(string text, out long id) =>
            long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id);

        private static DateTimeOffset Now() => DateTimeOffset.UtcNow;

        private static string FormatTimestamp(DateTimeOffset value) =>
            value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }
}
