using System.Collections;

namespace EnterpriseScoring.Policies;

/// <summary>The consequence lines of every row of an evaluation, in table order.</summary>
/// <remarks>Immutable and thread-safe. Made by <see cref="Consequences.ForEvaluation(Evaluation, IEnumerable{PriorResult})"/>.</remarks>
public sealed class EvaluationConsequences : IReadOnlyList<IReadOnlyList<ConsequenceLine>>, IOwnedCollection
{
    private readonly Evaluation evaluation;
    private readonly IReadOnlyList<ConsequenceLine>[] lines;

    internal EvaluationConsequences(Evaluation evaluation, IReadOnlyList<ConsequenceLine>[] lines)
    {
        this.evaluation = evaluation;
        this.lines = lines;
    }

    /// <summary>The number of rows.</summary>
    public int Count => lines.Length;

    /// <summary>The lines of row <paramref name="row"/>.</summary>
    /// <param name="row">The table row.</param>
    public IReadOnlyList<ConsequenceLine> this[int row] => lines[row];

    /// <summary>The lines of the firm with id <paramref name="id"/> (the first row with that id), or empty when no firm has it.</summary>
    /// <param name="id">The firm id.</param>
    public IReadOnlyList<ConsequenceLine> For(string id) => evaluation.Find(id) is { } r ? lines[r.Row] : [];

    /// <inheritdoc />
    public IEnumerator<IReadOnlyList<ConsequenceLine>> GetEnumerator() => ((IEnumerable<IReadOnlyList<ConsequenceLine>>)lines).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
