using System.Threading;
using System.Threading.Tasks;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>
/// Sends one request and returns its HTTP status; 2xx counts as success, anything else (or a throw) as an error.
/// It must not block before its first await: in open loop it starts on the scheduler's thread.
/// </summary>
public delegate ValueTask<int> LoadRequest(CancellationToken cancellationToken);
