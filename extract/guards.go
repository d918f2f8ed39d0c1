package extract

import "github.com/citewatch/citewatch/extract/internal/fold"

// The words some expressions cannot match without (see fold.Needs): an
// expression runs only on a text that holds one of them.
var eifConditionNeeds = fold.Guard(reEIFCondition.String())

// backRefGuard is reBackRef's: "the latter", "ce dernier".
var backRefGuard = fold.GuardCompiled(reBackRef)

// respectivelyGuard is reRespectively's: "respectively", "jeweils".
var respectivelyGuard = fold.GuardCompiled(reRespectively)
