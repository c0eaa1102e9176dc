namespace EnterpriseScoring.Platforms;

/// <summary>A land figure of the platform register (亩).</summary>
public enum PlatformRegisterFigure
{
    /// <summary>规划可开发面积 (<see cref="Platform.PlannedArea"/>).</summary>
    PlannedArea = 0,

    /// <summary>批而未供 (<see cref="Platform.ApprovedUnsupplied"/>).</summary>
    ApprovedUnsupplied = 1,

    /// <summary>供而未用 (<see cref="Platform.SuppliedUnused"/>).</summary>
    SuppliedUnused = 2,

    /// <summary>低效用地 (<see cref="Platform.InefficientLand"/>).</summary>
    InefficientLand = 3,

    /// <summary>当年腾退 (<see cref="Platform.ClearedLand"/>).</summary>
    ClearedLand = 4,

    /// <summary>存量土地 = 批而未供 + 供而未用 + 低效用地 (a platform's figure only when it gives all three).</summary>
    LandStock = 5,
}
