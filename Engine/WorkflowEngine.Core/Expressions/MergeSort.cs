namespace WorkflowEngine.Expressions;

/// <summary>A stable merge sort that tolerates inconsistent comparators (Array.Sort may throw on those).</summary>
internal static class MergeSort
{
    public static void Sort<T>(T[] items, Func<T, T, int> compare)
    {
        if (items.Length < 2)
        {
            return;
        }

        var buffer = new T[items.Length];
        var source = items;
        var target = buffer;
        for (var width = 1; width < items.Length; width *= 2)
        {
            for (var left = 0; left < items.Length; left += 2 * width)
            {
                var middle = Math.Min(left + width, items.Length);
                var right = Math.Min(left + (2 * width), items.Length);
                Merge(source, target, left, middle, right, compare);
            }

            (source, target) = (target, source);
        }

        if (!ReferenceEquals(source, items))
        {
            Array.Copy(source, items, items.Length);
        }
    }

    private static void Merge<T>(T[] source, T[] target, int left, int middle, int right, Func<T, T, int> compare)
    {
        int i = left, j = middle, k = left;
        while (i < middle && j < right)
        {
            target[k++] = compare(source[j], source[i]) < 0 ? source[j++] : source[i++];
        }

        while (i < middle)
        {
            target[k++] = source[i++];
        }

        while (j < right)
        {
            target[k++] = source[j++];
        }
    }
}
