/** Size of a social card: the 1.91:1 picture Facebook, Zalo and X show for a shared link. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
