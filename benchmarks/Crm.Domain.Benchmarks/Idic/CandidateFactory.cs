using Crm.Domain.Customers;
using Crm.Domain.Idic.Identify;
using Crm.Domain.Primitives;

namespace Crm.Domain.Benchmarks.Idic;

/// <summary>Generated match candidates with 5% planted duplicates (typos, missing e-mail), seeded.</summary>
public static class CandidateFactory
{
    private static readonly string[] Given = ["James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "William", "Elizabeth", "David", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen", "Olivia", "Amelia", "Noah", "Oliver", "George", "Harry", "Sophie", "Chloe", "Lucas", "Hugo", "Emma", "Louise"];
    private static readonly string[] Family = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Martin", "Bernard", "Dubois", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Roux", "Vincent", "Fournier", "Morel", "Girard", "Mercier", "Dupont", "Lambert", "Bonnet", "Baker", "Carter", "Cooper", "Edwards", "Fisher", "Harris", "Hughes", "King", "Lewis"];
    private static readonly string[] Streets = ["High Street", "Station Road", "Main Street", "Park Road", "Church Lane", "Victoria Road", "Green Lane", "Manor Road", "Oak Avenue", "Mill Lane"];

    public static MatchCandidate[] Create(int n, int seed = 42)
    {
        var random = new Random(seed);
        var list = new List<MatchCandidate>(n);
        // Postal codes grow with n so that the density of people per postal code stays constant (as in a real country).
        var postcodes = Math.Max(10, n / 50);
        var originals = (int)(n / 1.05);
        for (var i = 0; list.Count < n; i++)
        {
            var given = Given[random.Next(Given.Length)];
            var family = Family[random.Next(Family.Length)];
            var street = $"{random.Next(1, 300)} {Streets[random.Next(Streets.Length)]}";
            var postcode = $"P{random.Next(postcodes)}";
            var email = random.NextDouble() < 0.9 ? $"{given}.{family}{i}@mail.example" : null;
            var phone = random.NextDouble() < 0.7 ? $"+4477{random.Next(10_000_000, 99_999_999)}" : null;
            list.Add(Make($"C{i}", given, family, email, phone, street, postcode));
            if (i < n - originals && list.Count < n)
            {
                list.Add(Make($"D{i}", given, family.Length > 4 ? family.Remove(2, 1) : family, random.Next(2) == 0 ? null : email?.ToUpperInvariant(), phone, street, postcode));
            }
        }

        return [.. list];
    }

    private static MatchCandidate Make(string id, string given, string family, string? email, string? phone, string street, string postcode) =>
        MatchCandidate.Create(CustomerId.Of(id), PersonName.Create(given, family),
            email is null ? null : EmailAddress.Parse(email),
            phone is null ? null : PhoneNumber.Parse(phone),
            PostalAddress.Create(street, postcode, "Springfield", "GB"));
}
