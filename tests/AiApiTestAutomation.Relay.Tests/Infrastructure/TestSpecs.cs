namespace AiApiTestAutomation.Relay.Tests.Infrastructure;

/// <summary>Small OpenAPI documents as Apifox would export them (compact JSON, CRLF-free), in two versions.</summary>
internal static class TestSpecs
{
    public const string PetsV1 = """{"openapi":"3.1.0","info":{"title":"宠物 Pets","version":"1"},"paths":{"/pets":{"get":{"operationId":"listPets","responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"type":"array","items":{"$ref":"#/components/schemas/Pet"}}}}}}}},"/pets/{id}":{"get":{"operationId":"getPet","parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"integer"}}],"responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Pet"}}}},"404":{"description":"missing"}}}}},"components":{"schemas":{"Pet":{"type":"object","required":["id","name"],"properties":{"id":{"type":"integer"},"name":{"type":"string"},"tag":{"type":"string"}}}}}}""";

    /// <summary>v1 plus POST /pets, minus the 404 of getPet (breaking) and Pet.tag (breaking).</summary>
    public const string PetsV2 = """{"openapi":"3.1.0","info":{"title":"宠物 Pets","version":"2"},"paths":{"/pets":{"get":{"operationId":"listPets","responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"type":"array","items":{"$ref":"#/components/schemas/Pet"}}}}}}},"post":{"operationId":"createPet","requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Pet"}}}},"responses":{"201":{"description":"created"}}}},"/pets/{id}":{"get":{"operationId":"getPet","parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"integer"}}],"responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Pet"}}}}}}}},"components":{"schemas":{"Pet":{"type":"object","required":["id","name"],"properties":{"id":{"type":"integer"},"name":{"type":"string"}}}}}}""";

    /// <summary>Well-formed JSON that is not an OpenAPI document: Core rejects it.</summary>
    public const string NotOpenApi = """{"error":{"code":"PROJECT_NOT_READY","message":"try later"}}""";
}
