/** What changed between two ranked class lists (top-5 labels with scores). */

/** One class of either list and how its rank moved (ranks from 1; absent when not listed). */
export interface RankChange {
  label: string;
  rankA?: number;
  rankB?: number;
  scoreA?: number;
  scoreB?: number;
  /** same rank, moved up or down, entered list B, or left it. */
  change: "same" | "up" | "down" | "entered" | "left";
}

/** The comparison of two ranked lists. */
export interface RankedComparison {
  /** The first class of each list (undefined for an empty list). */
  topA?: string;
  topB?: string;
  topChanged: boolean;
  /** Every class of A in A's order, then the classes only B lists, in B's order. */
  changes: RankChange[];
}

/** Returns how the ranks of two ranked lists differ; a label listed twice keeps its best rank. */
export function compareRanked(
  labelsA: readonly string[],
  scoresA: readonly number[],
  labelsB: readonly string[],
  scoresB: readonly number[],
): RankedComparison {
  const rankInB = firstRanks(labelsB);
  const rankInA = firstRanks(labelsA);
  const changes: RankChange[] = [];
  labelsA.forEach((label, i) => {
    if (rankInA.get(label) !== i + 1) {
      return;
    }
    const rankB = rankInB.get(label);
    changes.push({
      label,
      rankA: i + 1,
      rankB,
      scoreA: scoresA[i],
      scoreB: rankB === undefined ? undefined : scoresB[rankB - 1],
      change:
        rankB === undefined ? "left" : rankB === i + 1 ? "same" : rankB < i + 1 ? "up" : "down",
    });
  });
  labelsB.forEach((label, i) => {
    if (!rankInA.has(label) && rankInB.get(label) === i + 1) {
      changes.push({ label, rankB: i + 1, scoreB: scoresB[i], change: "entered" });
    }
  });
  const topA = labelsA[0];
  const topB = labelsB[0];
  return { topA, topB, topChanged: topA !== topB, changes };
}

function firstRanks(labels: readonly string[]): Map<string, number> {
  const ranks = new Map<string, number>();
  labels.forEach((label, i) => {
    if (!ranks.has(label)) {
      ranks.set(label, i + 1);
    }
  });
  return ranks;
}
