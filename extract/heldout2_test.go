package extract

import "testing"

// TestHeldOut2 runs the evaluation of TestEvaluation on testdata/heldout2:
// a second set of pages written independently of the extractor's rules and
// of the first held-out set, in the styles of Council of Europe, EU, UN and
// national government sites, wire services, newspapers, blogs, law firms
// and encyclopedia pages, with goldens in fixtureweb's format. Measured
// before any rule was written against it: precision 0.879, recall 0.665.
// The floors hold what general fixes have reached since (0.980 / 0.878 at
// the time of writing) so that no change loses it; recall is still short
// of the project's 0.90 on this set, and the misses it prints are the work
// left.
func TestHeldOut2(t *testing.T) {
	evaluate(t, heldOutSet(t, "testdata/heldout2", 20), 0.95, 0.85)
}
