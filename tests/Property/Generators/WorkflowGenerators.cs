using FsCheck;
using FsCheck.Fluent;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.PropertyTests.Generators;

/// <summary>One random step of a workflow run: who acts, which operation, and a variant (content or reason choice).</summary>
public readonly record struct WorkflowStep(int Actor, int Operation, int Variant)
{
    public const int Actors = 10;
    public const int Operations = 15;
}

/// <summary>Generators for workflow runs and submission batches.</summary>
public static class WorkflowGenerators
{
    /// <summary>
    /// The actor who would normally perform each operation (index into the property's actor table), so that runs
    /// often get far through the life cycle; a quarter of the steps use any actor to exercise the denials.
    /// </summary>
    private static readonly int[] NaturalActor = [0, 0, 2, 2, 0, 0, 6, 8, 0, 6, 6, 6, 6, 8, 0];

    /// <summary>Weights of the operations: the forward steps of the life cycle come more often than the ones that reset it.</summary>
    private static readonly int[] OperationWeights = [3, 1, 3, 1, 3, 1, 3, 3, 2, 1, 2, 1, 3, 1, 1];

    public static Gen<WorkflowStep> Step { get; } =
        from operation in Gen.Frequency(OperationWeights.Select((w, op) => (w, Gen.Constant(op))).ToArray())
        from actor in Gen.Frequency((3, Gen.Elements(NaturalActor[operation], operation is 2 or 3 ? 3 : NaturalActor[operation], operation is 2 or 3 ? 4 : NaturalActor[operation])), (1, Gen.Choose(0, WorkflowStep.Actors - 1)))
        from variant in Gen.Choose(0, 3)
        select new WorkflowStep(actor, operation, variant);

    /// <summary>The forward path of the life cycle: upload, certify, select, submit, receive, dispute, correct, certify, resubmit.</summary>
    private static readonly WorkflowStep[] HappyPath =
        [new(0, 0, 0), new(2, 2, 0), new(0, 4, 0), new(6, 6, 0), new(8, 7, 1), new(0, 8, 1), new(6, 11, 1), new(2, 2, 0), new(6, 12, 0)];

    /// <summary>Fully random runs of up to 60 steps.</summary>
    public static Gen<WorkflowStep[]> RandomRun { get; } =
        from length in Gen.Choose(0, 60)
        from steps in Gen.ArrayOf(Step, length)
        select steps;

    /// <summary>The forward path with up to two random steps before each of its steps.</summary>
    public static Gen<WorkflowStep[]> GuidedRun { get; } =
        from noise in Gen.ArrayOf(Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Step, n)), HappyPath.Length)
        select noise.SelectMany((extra, i) => extra.Append(HappyPath[i])).ToArray();

    /// <summary>Runs: half fully random, half the forward path with random steps mixed in.</summary>
    public static Gen<WorkflowStep[]> Run { get; } = Gen.OneOf(RandomRun, GuidedRun);

    public static Gen<ContentHash> Hash { get; } = Gen.Choose(0, int.MaxValue).Select(i => ContentHash.Compute(BitConverter.GetBytes(i)));

    /// <summary>Distinct (student, record) pairs with hashes: up to 6 students of up to 6 records.</summary>
    public static Gen<(StudentKey Student, RecordId Record, ContentHash Hash)[]> BatchEntries { get; } =
        from count in Gen.Choose(0, 6)
        from students in Gen.ArrayOf(
            from id in ValueGenerators.NationalId
            from birth in ValueGenerators.LocalDate
            select new StudentKey(id, birth),
            count)
        from perStudent in Gen.ArrayOf(Gen.Choose(0, 6), students.Length)
        from hashes in Gen.ArrayOf(Hash, perStudent.Sum())
        select Expand(students.Distinct().ToArray(), perStudent, hashes);

    public static Arbitrary<WorkflowStep[]> RunArbitrary() => Run.ToArbitrary();

    private static (StudentKey, RecordId, ContentHash)[] Expand(StudentKey[] students, int[] perStudent, ContentHash[] hashes)
    {
        var list = new List<(StudentKey, RecordId, ContentHash)>();
        var h = 0;
        for (var s = 0; s < students.Length; s++)
        {
            for (var r = 0; r < perStudent[s]; r++)
            {
                list.Add((students[s], RecordId.Parse($"R{s}-{r}"), hashes[h++]));
            }
        }

        return list.ToArray();
    }
}
