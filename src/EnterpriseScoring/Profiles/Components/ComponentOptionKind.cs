namespace EnterpriseScoring.Profiles.Components;

/// <summary>The JSON value an option of a component takes in a profile.</summary>
public enum ComponentOptionKind
{
    /// <summary>A number.</summary>
    Number,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A string.</summary>
    Text,

    /// <summary>One of the names in <see cref="ComponentOption.Choices"/> (a string).</summary>
    Choice,

    /// <summary>An array of numbers.</summary>
    NumberList,

    /// <summary>An array of arrays of numbers (a matrix, row by row).</summary>
    NumberMatrix,

    /// <summary>A nested component of the kind <see cref="ComponentOption.ComponentKind"/> (an object with its own discriminator key).</summary>
    Component,

    /// <summary>Any JSON value; the descriptor checks it.</summary>
    Json,
}
