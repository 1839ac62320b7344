namespace CaseManagement.Documents.Tests.CaseDocuments;

/// <summary>The documents carry their labels and values in the language asked for, as text a reader can search.</summary>
public sealed class DocumentContentTests
{
    private static readonly Dictionary<(string Kind, string Language), string[]> Expected = new()
    {
        [("summary", "fr")] = ["Fiche de synthèse", "N° de dossier", "UPE-SK-2026-0014", "Yasmine Alaoui", "Violence physique (principal)", "Prise en charge",
            "Centre de santé Al Amal", "Mettre l'enfant à l'abri des violences.", "01/10/2026 11:15", "CONFIDENTIEL", "Page 1 sur 2"],
        [("summary", "ar")] = ["بطاقة تركيبية", "رقم الملف", "UPE-SK-2026-0014", "ياسمين العلوي", "العنف الجسدي (رئيسي)", "قيد التكفل",
            "المركز الصحي الأمل", "01/10/2026 11:15", "سري", "الصفحة 1 من 2"],
        [("referral", "fr")] = ["Fiche d'orientation", "À l'attention de : Centre de santé Al Amal", "Consultation pédiatrique et bilan de santé",
            "Recueilli auprès de la mère le 15/10/2026", "Coupon-réponse", "Prise en charge", "Réorientée", "Page 1 sur 1"],
        [("referral", "ar")] = ["بطاقة التوجيه", "إلى: المركز الصحي الأمل", "Consultation pédiatrique et bilan de santé", "قسيمة الرد", "تم التكفل", "أعيد توجيهه", "الصفحة 1 من 1"],
        [("kafala", "fr")] = ["Rapport de suivi de kafala", "Visite à domicile", "KF-2025/044 — 12/06/2025", "ASE-54-2025-7781", "Karim et Nadia Benali",
            "Scolarité", "Scolarisé en CP, bonne adaptation.", "Aucune préoccupation relevée."],
        [("kafala", "ar")] = ["تقرير تتبع الكفالة", "زيارة منزلية", "ASE-54-2025-7781", "كريم ونادية بنعلي", "التمدرس", "لم تسجل أية ملاحظة مقلقة."],
        [("prosecutor", "fr")] = ["Signalement au Procureur du Roi", "À Monsieur le Procureur du Roi près le Tribunal de première instance de Sidi Kacem",
            "Signalement d'un enfant en situation de danger", "Violence physique, Négligence", "Signé : Salma Bennani"],
        [("prosecutor", "ar")] = ["إشعار إلى السيد وكيل الملك", "إلى السيد وكيل الملك لدى المحكمة الابتدائية بسيدي قاسم", "إشعار بوضعية طفل في وضعية خطر",
            "العنف الجسدي، الإهمال", "ياسمين العلوي", "مستعجل"],
    };

    public static IEnumerable<TestCaseData> Cases() =>
        Expected.Keys.Select(k => new TestCaseData(k.Kind, k.Language).SetName($"The_{k.Kind}_in_{k.Language}_reads_back_its_labels_and_values"));

    [TestCaseSource(nameof(Cases))]
    public void Reads_back_its_labels_and_values(string kind, string language)
    {
        var chunks = PdfText.Chunks(DocumentSamples.Build(kind, language).GeneratePdf());

        var missing = Expected[(kind, language)].Where(text => !chunks.Any(c => c.Has(text))).ToList();

        Assert.That(missing, Is.Empty, string.Join(" | ", chunks.Select(c => c.Visual)));
    }

    [Test]
    public void A_french_document_has_no_arabic_labels_and_an_arabic_one_no_french_labels()
    {
        var french = PdfText.Chunks(DocumentSamples.Build("kafala", "fr").GeneratePdf());
        var arabic = PdfText.Chunks(DocumentSamples.Build("kafala", "ar").GeneratePdf());

        Assert.That(french.Any(c => c.Has("تقرير تتبع الكفالة")), Is.False);
        Assert.That(arabic.Any(c => c.Has("Rapport de suivi de kafala")), Is.False);
    }
}
