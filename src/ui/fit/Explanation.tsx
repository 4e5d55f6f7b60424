import { Tex } from '../formula/Tex';

/** What the two panels show and why: zero-avoiding forward KL against zero-forcing reverse KL. */
export function Explanation() {
  return (
    <p className="fit-explain">
      Left: <Tex display={false} tex="\min_Q \mathrm{KL}(P\,\|\,Q)" /> is infinite wherever{' '}
      <Tex display={false} tex="q \to 0" /> but <Tex display={false} tex="p > 0" /> (zero-avoiding),
      so Q stretches to cover every mode: its mean and variance match P&rsquo;s. Right:{' '}
      <Tex display={false} tex="\min_Q \mathrm{KL}(Q\,\|\,P) = -H(Q) - \mathbb{E}_Q[\log p]" />{' '}
      punishes Q for mass where <Tex display={false} tex="p \approx 0" /> (zero-forcing), so Q locks
      onto one mode when the modes are far enough apart.
    </p>
  );
}
