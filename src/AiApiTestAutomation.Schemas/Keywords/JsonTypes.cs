using System;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary>The JSON Schema primitive types as flags, so "type": ["string", "null"] is one bitwise test.</summary>
[Flags]
internal enum JsonTypes
{
    None = 0,
    Null = 1,
    Boolean = 2,
    Object = 4,
    Array = 8,
    Number = 16,
    String = 32,
    Integer = 64,
}
