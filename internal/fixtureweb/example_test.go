package fixtureweb_test

import (
	"fmt"

	"github.com/citewatch/citewatch/internal/fixtureweb"
)

func ExampleServe() {
	w, err := fixtureweb.Serve("127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer func() {
		if err := w.Close(); err != nil {
			fmt.Println(err)
		}
	}()
	resp, err := w.Client().Get("https://www.coe.int/en/web/portal/-/council-of-europe-opens-first-ever-global-treaty-on-ai-for-signature")
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := resp.Body.Close(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(resp.Status, resp.Header.Get("Content-Type"))
	// Output: 200 OK text/html; charset=utf-8
}
