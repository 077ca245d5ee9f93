using System;

namespace AiApiTestAutomation.Relay.Sync;

/// <summary>A sync failed for a reason retrying now will not fix; its events go to the dead-letter store with <see cref="Exception.Message"/>.</summary>
internal sealed class DeadLetterException(string reason) : Exception(reason);
