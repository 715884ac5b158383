using Crm.Domain.Customers;
using Crm.Domain.Idic.Differentiate;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Samples.Idic;

/// <summary>A generated customer base with planted duplicates (the truth), and a plain value per customer.</summary>
public sealed class BaseGenerator
{
    private static readonly string[] GivenNames = ["James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "William", "Elizabeth", "David", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen", "Olivia", "Amelia", "Isla", "Ava", "Noah", "Oliver", "George", "Harry", "Leo", "Arthur", "Sophie", "Chloe", "Lucas", "Hugo", "Emma", "Louise", "Jules", "Manon", "Ines", "Lea"];
    private static readonly string[] FamilyNames = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "Andre", "Mercier", "Dupont", "Lambert", "Bonnet", "Francois", "Martinez", "Legrand", "Anderson", "Baker", "Carter", "Cooper", "Edwards", "Fisher", "Graham", "Harris", "Hughes", "King", "Lewis", "Mitchell", "Morgan", "Murphy", "Parker", "Phillips", "Scott", "Turner", "Ward", "Young"];
    private static readonly string[] Streets = ["High Street", "Station Road", "Main Street", "Park Road", "Church Lane", "Victoria Road", "Green Lane", "Manor Road", "Rue de la Paix", "Avenue Victor Hugo", "Rue du Moulin", "Chemin des Vignes", "Oak Avenue", "Mill Lane", "Kings Road"];
    private static readonly (string City, string Country, string Zone)[] Places = [("London", "GB", "Europe/London"), ("Manchester", "GB", "Europe/London"), ("Paris", "FR", "Europe/Paris"), ("Lyon", "FR", "Europe/Paris"), ("Boston", "US", "America/New_York")];
    private static readonly string[] Domains = ["mail.example", "post.example", "inbox.example", "web.example"];

    private readonly Dictionary<CustomerId, (double Current, double Potential)> _values = [];

    private BaseGenerator()
    {
    }

    public List<Customer> Customers { get; } = [];

    /// <summary>The planted pairs, ids in ordinal order (as duplicate detection reports them).</summary>
    public HashSet<(CustomerId, CustomerId)> PlantedPairs { get; } = [];

    /// <summary>A plain per-customer value: the sum of the values of the records merged into it (CLV would plug in here).</summary>
    public CustomerValuation ValueOf(Customer customer)
    {
        double current = 0, potential = 0;
        foreach (var id in customer.MergedFrom.Prepend(customer.Id))
        {
            var (c, p) = _values[id];
            current += c;
            potential += p;
        }

        return CustomerValuation.Of(customer.Id, current, potential);
    }

    public static BaseGenerator Generate(int size, double duplicateShare, int seed, Instant asOf)
    {
        var g = new BaseGenerator();
        var random = new Random(seed);
        var admin = Actor.Of("generator", "system");
        var policy = DataAccessPolicy.Standard;
        var duplicates = (int)(size * duplicateShare);
        for (var i = 0; i < size; i++)
        {
            var person = Person.Random(random, i);
            var created = asOf - Duration.FromDays(random.Next(30, 1500));
            var customer = g.Build(CustomerId.Of($"C{i:0000000}"), person, created, random, admin, policy, "crm");
            g.Customers.Add(customer);
            if (i < duplicates)
            {
                var variant = person.Variant(random);
                var dupId = CustomerId.Of($"D{i:0000000}");
                g.Customers.Add(g.Build(dupId, variant, Instant.Min(created + Duration.FromDays(random.Next(1, 300)), asOf - Duration.FromDays(1)), random, admin, policy, random.Next(2) == 0 ? "webshop" : "import"));
                g.PlantedPairs.Add((customer.Id, dupId));
            }
        }

        // Shuffle so duplicates are not next to their originals.
        for (var i = g.Customers.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (g.Customers[i], g.Customers[j]) = (g.Customers[j], g.Customers[i]);
        }

        return g;
    }

    private Customer Build(CustomerId id, Person p, Instant created, Random random, Actor admin, DataAccessPolicy policy, string source)
    {
        var zone = DateTimeZoneProviders.Tzdb[p.Place.Zone];
        var c = Customer.Register(id, PersonName.Create(p.Given, p.Family), admin, created, policy, source, zone);
        if (p.Email is not null)
        {
            c = c.AddContactPoint(admin, ContactPoint.ForEmail(EmailAddress.Parse(p.Email), random.Next(3) == 0 ? VerificationState.Unverified : VerificationState.Verified, created), created).ThrowIfDenied();
        }

        if (p.Phone is not null)
        {
            c = c.AddContactPoint(admin, ContactPoint.ForPhone(PhoneNumber.Parse(p.Phone, p.Place.Country == "GB" ? "44" : p.Place.Country == "FR" ? "33" : "1"), VerificationState.Unverified, created), created).ThrowIfDenied();
        }

        c = c.AddContactPoint(admin, ContactPoint.ForAddress(PostalAddress.Create(p.Street, p.PostalCode, p.Place.City, p.Place.Country), VerificationState.Unverified, created), created).ThrowIfDenied();
        if (random.NextDouble() < 0.7)
        {
            c = c.RecordConsent(admin, ConsentRecord.Grant(Channel.Email, ConsentPurpose.Marketing, created, "signup-form", ConsentProof.DoubleOptIn)).ThrowIfDenied();
        }

        if (random.NextDouble() < 0.3)
        {
            c = c.RecordConsent(admin, ConsentRecord.Grant(Channel.Sms, ConsentPurpose.Marketing, created, "checkout", ConsentProof.SingleOptIn)).ThrowIfDenied();
        }

        if (random.NextDouble() < 0.2)
        {
            c = c.RecordConsent(admin, ConsentRecord.Grant(Channel.Phone, ConsentPurpose.Marketing, created, "call-centre", ConsentProof.Recording)).ThrowIfDenied();
        }

        if (random.NextDouble() < 0.08)
        {
            c = c.RecordConsent(admin, ConsentRecord.Withdraw(Channel.Email, ConsentPurpose.Marketing, created + Duration.FromDays(20), "unsubscribe-link")).ThrowIfDenied();
        }

        var orders = random.Next(0, 12);
        var support = random.Next(0, 4);
        var complaints = random.NextDouble() < 0.1 ? 1 : 0;
        var span = Math.Max(1, (int)(Instant.FromUtc(2026, 6, 1, 0, 0) - created).TotalDays);
        var interactions = new List<Interaction>();
        for (var k = 0; k < orders + support + complaints; k++)
        {
            var kind = k < orders ? InteractionKind.Order : k < orders + support ? InteractionKind.Support : InteractionKind.Complaint;
            var channel = kind == InteractionKind.Order ? (random.Next(4) == 0 ? Channel.InPerson : Channel.Web) : random.Next(2) == 0 ? Channel.Phone : Channel.Email;
            interactions.Add(Interaction.Create($"{id}-{k}", created + Duration.FromDays(random.Next(span)), kind, channel, InteractionDirection.Inbound));
        }

        if (random.NextDouble() < 0.3)
        {
            interactions.Add(Interaction.Create($"{id}-mail", Instant.FromUtc(2026, 5, 28, 9, 0), InteractionKind.Offer, Channel.Email, InteractionDirection.Outbound));
        }

        foreach (var interaction in interactions)
        {
            c = c.RecordInteraction(admin, interaction).ThrowIfDenied();
        }

        var current = (orders * (40 + random.Next(80))) - (support * 15) - (complaints * 60) - 20;
        _values[id] = (current, current + (random.NextDouble() < 0.3 ? random.Next(0, 1500) : random.Next(0, 100)));
        return c;
    }

    private sealed record Person(string Given, string Family, string? Email, string? Phone, string Street, string PostalCode, (string City, string Country, string Zone) Place)
    {
        public static Person Random(Random r, int i)
        {
            var given = GivenNames[r.Next(GivenNames.Length)];
            var family = FamilyNames[r.Next(FamilyNames.Length)];
            var place = Places[r.Next(Places.Length)];
            var email = r.NextDouble() < 0.9 ? $"{given}.{family}{i}@{Domains[r.Next(Domains.Length)]}".ToLowerInvariant() : null;
            var phone = r.NextDouble() < 0.7 ? place.Country switch
            {
                "GB" => $"07{r.Next(100, 999)} {r.Next(100000, 999999)}",
                "FR" => $"06 {r.Next(10, 99)} {r.Next(10, 99)} {r.Next(10, 99)} {r.Next(10, 99)}",
                _ => $"+1 617 {r.Next(200, 999)} {r.Next(1000, 9999)}",
            } : null;
            var street = $"{r.Next(1, 300)} {Streets[r.Next(Streets.Length)]}";
            var postal = place.Country switch
            {
                "GB" => $"{(place.City == "London" ? "SW" : "M")}{r.Next(1, 30)} {r.Next(1, 9)}{(char)('A' + r.Next(26))}{(char)('A' + r.Next(26))}",
                "FR" => $"{(place.City == "Paris" ? 75 : 69)}0{r.Next(10, 20)}",
                _ => $"02{r.Next(100, 140)}",
            };
            return new Person(given, family, email, phone, street, postal, place);
        }

        /// <summary>The same person as another system captured them: typos, case, formatting, missing fields.</summary>
        public Person Variant(Random r)
        {
            var v = this;
            switch (r.Next(6))
            {
                case 0: v = v with { Family = Typo(r, Family) }; break;
                case 1: v = v with { Given = Typo(r, Given) }; break;
                case 2: v = v with { Email = Email?.ToUpperInvariant() }; break;
                case 3: v = v with { Email = null }; break;
                case 4: v = v with { Street = Street.Replace("Street", "St", StringComparison.Ordinal).Replace("Road", "Rd", StringComparison.Ordinal) }; break;
                default: v = v with { Given = Family, Family = Given }; break;
            }

            if (r.Next(3) == 0)
            {
                v = v with { Phone = v.Phone is null ? null : v.Phone.Replace(" ", "-", StringComparison.Ordinal) };
            }

            if (r.Next(5) == 0)
            {
                v = v with { Email = v.Email is null ? null : "x" + v.Email };
            }

            return v;
        }

        private static string Typo(Random r, string s)
        {
            var i = r.Next(1, s.Length);
            return r.Next(3) switch
            {
                0 => s.Remove(i, 1),
                1 => s.Insert(i, s[i - 1].ToString()),
                _ => i < s.Length - 1 ? s[..i] + s[i + 1] + s[i] + s[(i + 2)..] : s + "e",
            };
        }
    }
}
