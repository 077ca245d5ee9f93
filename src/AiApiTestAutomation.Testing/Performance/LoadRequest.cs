using System.Threading;
using System.Threading.Tasks;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>Sends one request and returns its HTTP status; 2xx counts as success, anything else (or a throw) as an error.</summary>
public delegate ValueTask<int> LoadRequest(CancellationToken cancellationToken);
