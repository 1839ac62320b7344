using CaseManagement.Domain.Reference;

namespace CaseManagement.Application.Data;

/// <summary>
/// The communes of Sidi Kacem province, loaded as editable reference data. The five municipalities carry the
/// HCP codes cited in the domain brief; the rural communes carry provisional codes (<c>SK-R..</c>, marked not
/// official) until an administrator enters the official list (décret 2-08-520 / RGPH 2024).
/// Loaded on first start when the table is empty; from then on the administrators own the list.
/// </summary>
public static class CommuneSeed
{
    public static Commune[] SidiKacem() =>
    [
        new("481.01.11", "Sidi Kacem", "سيدي قاسم", Milieu.Urban, true),
        new("481.01.07", "Mechra Bel Ksiri", "مشرع بلقصيري", Milieu.Urban, true),
        new("481.01.05", "Jorf El Melha", "جرف الملحة", Milieu.Urban, true),
        new("481.01.03", "Had Kourt", "حد كورت", Milieu.Urban, true),
        new("481.01.01", "Dar Gueddari", "دار الكداري", Milieu.Urban, true),
        new("SK-R01", "Ain Dfali", "عين الدفالي", Milieu.Rural, false),
        new("SK-R02", "Bni Oual", "بني وال", Milieu.Rural, false),
        new("SK-R03", "Khnichet", "الخنيشات", Milieu.Rural, false),
        new("SK-R04", "Lamrabih", "المرابيح", Milieu.Rural, false),
        new("SK-R05", "Moulay Abdelkader", "مولاي عبد القادر", Milieu.Rural, false),
        new("SK-R06", "Oulad Nouel", "أولاد نوال", Milieu.Rural, false),
        new("SK-R07", "Sidi Ahmed Benaissa", "سيدي أحمد بنعيسى", Milieu.Rural, false),
        new("SK-R08", "Sidi Ameur Al Hadi", "سيدي عامر الحاضي", Milieu.Rural, false),
        new("SK-R09", "Sidi Azzouz", "سيدي عزوز", Milieu.Rural, false),
        new("SK-R10", "Sidi M'Hamed Chelh", "سيدي امحمد الشلح", Milieu.Rural, false),
        new("SK-R11", "Taoughilt", "تاوغيلت", Milieu.Rural, false),
        new("SK-R12", "Al Haouafate", "الحوافات", Milieu.Rural, false),
        new("SK-R13", "Dar Laaslouji", "دار العسلوجي", Milieu.Rural, false),
        new("SK-R14", "Ermilate", "الرميلات", Milieu.Rural, false),
        new("SK-R15", "Nouirate", "النويرات", Milieu.Rural, false),
        new("SK-R16", "Sefsaf", "صفصاف", Milieu.Rural, false),
        new("SK-R17", "Sidi Al Kamel", "سيدي الكامل", Milieu.Rural, false),
        new("SK-R18", "Bab Tiouka", "باب تيوكة", Milieu.Rural, false),
        new("SK-R19", "Bir Taleb", "بئر الطالب", Milieu.Rural, false),
        new("SK-R20", "Chbanate", "الشبانات", Milieu.Rural, false),
        new("SK-R21", "Selfat", "سلفات", Milieu.Rural, false),
    ];
}
