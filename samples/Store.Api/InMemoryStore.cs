using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace Store.Api;

internal sealed record ProductData(string Name, decimal Price, string? Sku, string Category, IReadOnlyList<string>? Tags, string? Description);

internal sealed record Product(long Id, ProductData Data, DateTimeOffset CreatedAt);

internal sealed record OrderData(long ProductId, int Quantity, string CustomerEmail, string? Note);

internal sealed record Order(long Id, OrderData Data, string Status, DateTimeOffset CreatedAt);

/// <summary>Thread-safe in-memory store; ids are assigned sequentially from 1.</summary>
internal sealed class InMemoryStore<T>
    where T : class
{
    private readonly ConcurrentDictionary<long, T> _items = new();
    private long _lastId;

    public T Add(Func<long, T> create)
    {
        var id = Interlocked.Increment(ref _lastId);
        var item = create(id);
        _items[id] = item;
        return item;
    }

    public T? Get(long id) => _items.TryGetValue(id, out var item) ? item : null;

    /// <summary>Replaces an existing item; returns null when the id is unknown (also when it vanished concurrently).</summary>
    public T? Update(long id, Func<T, T> update)
    {
        while (_items.TryGetValue(id, out var current))
        {
            var updated = update(current);
            if (_items.TryUpdate(id, updated, current))
            {
                return updated;
            }
        }

        return null;
    }

    public bool Remove(long id) => _items.TryRemove(id, out _);

    public IReadOnlyList<T> List(int limit) =>
        _items.OrderBy(pair => pair.Key).Take(limit).Select(pair => pair.Value).ToList();
}
