import { svgSize, type FigureBlock } from '../model.js';

/** Numbers the note's figures in order of appearance. */
export class Figures {
  private n = 0;
  add(id: string, caption: string, svg: string, alt: string): FigureBlock {
    this.n++;
    return { type: 'figure', id, number: this.n, caption: `Figure ${this.n}: ${caption}`, svg, alt, ...svgSize(svg) };
  }
}
