namespace AiApiTestAutomation.Relay.Inbox;

/// <summary>An authenticated delivery on its way into the inbox.</summary>
internal sealed record InboxEvent(string Project, string? DeliveryId, string BodyHash, string EventType, long ReceivedAtMs);

/// <summary>What the inbox did with a delivery: stored it (with its row id) or recognised it as a duplicate.</summary>
internal readonly record struct InboxWriteResult(bool Stored, long Id);
