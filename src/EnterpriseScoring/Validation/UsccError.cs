namespace EnterpriseScoring.Validation;

/// <summary>Why a unified social credit code failed <see cref="UnifiedSocialCreditCode.Check(string)"/>.</summary>
public enum UsccError
{
    /// <summary>The code is valid.</summary>
    None = 0,

    /// <summary>The code is null or empty.</summary>
    Empty,

    /// <summary>The code is not 18 characters long.</summary>
    Length,

    /// <summary>A character is not one of 0-9 and A-Z without I, O, Z, S, V.</summary>
    IllegalCharacter,

    /// <summary>The administrative region code (positions 3–8) is not all digits.</summary>
    RegionCode,

    /// <summary>The organisation code (positions 9–17) fails its GB 11714 check digit.</summary>
    OrganizationCodeCheck,

    /// <summary>The 18th character is not the GB 32100 check character of the first 17.</summary>
    CheckCharacter,
}
