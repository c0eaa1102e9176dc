using EnterpriseScoring.Cli;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>
/// <see cref="AtomicDirectory.Commit(Action?)"/> with a last step (score's database commit): when that step fails, the
/// target ends as it was — its previous content back, or absent again.
/// </summary>
public class AtomicDirectoryCommitTests : TempFolderTest
{
    [Test]
    public void ConfirmFails_ThePreviousContentIsBack_AndTheNewContentCanBeAbandoned()
    {
        var target = Path.Combine(Folder, "out");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "run.json"), "old");
        var atomic = AtomicDirectory.Begin(target);
        File.WriteAllText(atomic.File("run.json"), "new");
        string? seenDuringConfirm = null;

        var thrown = Assert.Throws<InvalidOperationException>(() => atomic.Commit(() =>
        {
            seenDuringConfirm = File.ReadAllText(Path.Combine(target, "run.json"));
            throw new InvalidOperationException("commit refused");
        }));
        atomic.Abandon();

        Assert.Multiple(() =>
        {
            Assert.That(thrown!.Message, Is.EqualTo("commit refused"));
            Assert.That(seenDuringConfirm, Is.EqualTo("new"), "the step runs with the new content in place");
            Assert.That(File.ReadAllText(Path.Combine(target, "run.json")), Is.EqualTo("old"));
            Assert.That(Directory.GetFileSystemEntries(Folder), Is.EqualTo(new[] { target }));
        });
    }

    [Test]
    public void ConfirmFails_ATargetThatDidNotExist_IsRemovedAgain()
    {
        var target = Path.Combine(Folder, "out");
        var atomic = AtomicDirectory.Begin(target);
        File.WriteAllText(atomic.File("run.json"), "new");

        Assert.Throws<InvalidOperationException>(() => atomic.Commit(() => throw new InvalidOperationException("commit refused")));
        atomic.Abandon();

        Assert.That(Directory.GetFileSystemEntries(Folder), Is.Empty);
    }

    [Test]
    public void ConfirmSucceeds_TheNewContentStays_AndThePreviousIsDeleted()
    {
        var target = Path.Combine(Folder, "out");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "run.json"), "old");
        var atomic = AtomicDirectory.Begin(target);
        File.WriteAllText(atomic.File("run.json"), "new");
        var confirmed = 0;

        atomic.Commit(() => confirmed++);

        Assert.Multiple(() =>
        {
            Assert.That(confirmed, Is.EqualTo(1));
            Assert.That(File.ReadAllText(Path.Combine(target, "run.json")), Is.EqualTo("new"));
            Assert.That(Directory.GetFileSystemEntries(Folder), Is.EqualTo(new[] { target }));
        });
    }

    [Test]
    public void SwapFails_ConfirmIsNotCalled_AndTheTargetIsUnchanged()
    {
        var target = Path.Combine(Folder, "out");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "run.json"), "old");
        var atomic = AtomicDirectory.Begin(target);
        Directory.Delete(atomic.Temp, recursive: true); // nothing to move in
        var confirmed = false;

        Assert.Throws<CommandException>(() => atomic.Commit(() => confirmed = true));

        Assert.Multiple(() =>
        {
            Assert.That(confirmed, Is.False, "the database is not committed when --out is not published");
            Assert.That(File.ReadAllText(Path.Combine(target, "run.json")), Is.EqualTo("old"));
        });
    }
}
