using System;

namespace AiApiTestAutomation.Testing.Data.Generation;

/// <summary>Plain strings that look like what the property name promises (a city for "city", a sentence for "description").</summary>
internal static class TextHints
{
    public static string For(string? propertyName, GenerationContext context)
    {
        Bogus.Faker faker = context.Faker;
        string name = (propertyName ?? string.Empty).ToLowerInvariant().Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        return name switch
        {
            _ when name.Contains("email", StringComparison.Ordinal) => faker.Internet.Email().ToLowerInvariant(),
            _ when name.Contains("firstname", StringComparison.Ordinal) || name == "givenname" => faker.Name.FirstName(),
            _ when name.Contains("lastname", StringComparison.Ordinal) || name is "surname" or "familyname" => faker.Name.LastName(),
            _ when name.Contains("username", StringComparison.Ordinal) || name is "login" or "handle" => faker.Internet.UserName(),
            _ when name.Contains("fullname", StringComparison.Ordinal) || name is "displayname" or "author" or "owner" => faker.Name.FullName(),
            _ when name.Contains("company", StringComparison.Ordinal) || name.Contains("organization", StringComparison.Ordinal) => faker.Company.CompanyName(),
            _ when name.Contains("city", StringComparison.Ordinal) => faker.Address.City(),
            _ when name.Contains("country", StringComparison.Ordinal) => faker.Address.Country(),
            _ when name.Contains("street", StringComparison.Ordinal) || name.Contains("address", StringComparison.Ordinal) => faker.Address.StreetAddress(),
            _ when name.Contains("zip", StringComparison.Ordinal) || name.Contains("postal", StringComparison.Ordinal) => faker.Address.ZipCode("#####"),
            _ when name.Contains("phone", StringComparison.Ordinal) || name.Contains("mobile", StringComparison.Ordinal) => faker.Phone.PhoneNumber("+1-###-###-####"),
            _ when name.Contains("url", StringComparison.Ordinal) || name.Contains("uri", StringComparison.Ordinal) || name.Contains("link", StringComparison.Ordinal) || name == "href" => faker.Internet.Url(),
            _ when name.Contains("color", StringComparison.Ordinal) || name.Contains("colour", StringComparison.Ordinal) => faker.Commerce.Color(),
            _ when name.Contains("title", StringComparison.Ordinal) || name.Contains("subject", StringComparison.Ordinal) => faker.Lorem.Sentence(3).TrimEnd('.'),
            _ when name.Contains("description", StringComparison.Ordinal) || name.Contains("summary", StringComparison.Ordinal)
                || name.Contains("comment", StringComparison.Ordinal) || name.Contains("message", StringComparison.Ordinal)
                || name.Contains("note", StringComparison.Ordinal) || name is "text" or "body" or "content" => faker.Lorem.Sentence(),
            _ when name.Contains("tag", StringComparison.Ordinal) || name.Contains("category", StringComparison.Ordinal) => faker.Commerce.Department(),
            _ when name.Contains("product", StringComparison.Ordinal) || name is "name" => faker.Commerce.ProductName(),
            _ when name.EndsWith("name", StringComparison.Ordinal) => faker.Lorem.Word() + " " + faker.Lorem.Word(),
            _ when name == "id" || name.EndsWith("id", StringComparison.Ordinal) => faker.Random.AlphaNumeric(12),
            _ => faker.Lorem.Word(),
        };
    }
}
