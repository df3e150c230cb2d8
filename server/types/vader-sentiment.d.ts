declare module 'vader-sentiment' {
  /** VADER scores: `compound` is in [-1, 1]. */
  interface Scores {
    neg: number;
    neu: number;
    pos: number;
    compound: number;
  }
  const vader: { SentimentIntensityAnalyzer: { polarity_scores(text: string): Scores } };
  export default vader;
}
