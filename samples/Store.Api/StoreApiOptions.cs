using System;
using System.Collections.Generic;

namespace Store.Api;

/// <summary>Settings of the sample API: the key that guards DELETE /products/{id} and the faults switched on.</summary>
public sealed class StoreApiOptions
{
    /// <summary>Environment variable that overrides <see cref="ApiKey"/>.</summary>
    public const string ApiKeyVariable = "STORE_API_KEY";

    /// <summary>Environment variable with a comma-separated list of faults to switch on.</summary>
    public const string FaultsVariable = "STORE_API_FAULTS";

    /// <summary>The value the <c>X-Api-Key</c> header must carry on DELETE /products/{productId}.</summary>
    public string ApiKey { get; set; } = "store-sample-key";

    /// <summary>Switched-on faults (see <see cref="StoreFaults"/>); read on every request, case-insensitive.</summary>
    public ISet<string> Faults { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads <c>STORE_API_KEY</c> and <c>STORE_API_FAULTS</c> (comma-separated).</summary>
    public static StoreApiOptions FromEnvironment() =>
        FromValues(Environment.GetEnvironmentVariable(ApiKeyVariable), Environment.GetEnvironmentVariable(FaultsVariable));

    internal static StoreApiOptions FromValues(string? apiKey, string? faults)
    {
        var options = new StoreApiOptions();
        if (!string.IsNullOrWhiteSpace(apiKey))
        {
            options.ApiKey = apiKey.Trim();
        }

        if (!string.IsNullOrWhiteSpace(faults))
        {
            foreach (var fault in faults.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                options.Faults.Add(fault);
            }
        }

        return options;
    }

    internal bool Has(string fault) => Faults.Contains(fault);
}

/// <summary>Names of the switchable faults. All are off by default.</summary>
public static class StoreFaults
{
    /// <summary>DELETE /products/{id} answers 204 but keeps the product.</summary>
    public const string DeleteDoesNotDelete = "delete-does-not-delete";

    /// <summary>GET /products/{id} for an unknown id answers 200 with a made-up product.</summary>
    public const string GetUnknownReturns200 = "get-unknown-returns-200";

    /// <summary>A product name longer than 100 characters is accepted.</summary>
    public const string AcceptLongName = "accept-long-name";

    /// <summary>POST /products without <c>sku</c> is accepted.</summary>
    public const string AcceptMissingRequired = "accept-missing-required";

    /// <summary>An order quantity above 100 is accepted.</summary>
    public const string AcceptOutOfRange = "accept-out-of-range";

    /// <summary>GET /products with a <c>limit</c> outside 1..100 clamps it instead of answering 400.</summary>
    public const string IgnoreInvalidLimit = "ignore-invalid-limit";

    /// <summary>GET /products answers 400 for <c>limit=100</c>, the documented maximum (an off-by-one check).</summary>
    public const string RejectLimitAtMaximum = "reject-limit-at-maximum";

    /// <summary>Product responses carry <c>price</c> as a string.</summary>
    public const string WrongTypeProperty = "wrong-type-property";

    /// <summary>Order responses omit <c>customerEmail</c>.</summary>
    public const string OmitRequiredProperty = "omit-required-property";

    /// <summary>Order responses carry status <c>"unknown"</c>.</summary>
    public const string EnumOutOfSet = "enum-out-of-set";

    /// <summary>POST /orders answers 200 instead of 201.</summary>
    public const string CreateReturns200 = "create-returns-200";

    /// <summary>POST /products answers 201 without a Location header.</summary>
    public const string OmitLocation = "omit-location";

    /// <summary>POST /products with price exactly 100000 (a valid boundary) answers 500.</summary>
    public const string ServerErrorOnEdgeInput = "500-on-edge-input";

    /// <summary>GET /products/{id} waits 300 ms before answering.</summary>
    public const string SlowEndpoint = "slow-endpoint";

    /// <summary>Every fault name, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        DeleteDoesNotDelete, GetUnknownReturns200, AcceptLongName, AcceptMissingRequired, AcceptOutOfRange,
        WrongTypeProperty, OmitRequiredProperty, EnumOutOfSet, CreateReturns200, OmitLocation,
        ServerErrorOnEdgeInput, SlowEndpoint, IgnoreInvalidLimit, RejectLimitAtMaximum,
    ];
}
