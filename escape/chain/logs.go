package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// DefaultLogRange is the widest eth_getLogs query FilterLogsChunked sends
// unless told otherwise: what most providers accept.
const DefaultLogRange = 10_000

// ErrStopScan, returned by a FilterLogsChunked or FilterLogsBackward
// callback, ends the scan early without error.
var ErrStopScan = errors.New("chain: stop scanning logs")

// FilterLogsChunked runs q over [q.FromBlock, q.ToBlock] (nil: 0 and the
// head; negative: block tags) in ranges of at most maxRange blocks (0:
// DefaultLogRange), oldest first. When a provider refuses a range as too
// wide (or the query times out everywhere), the range is halved and the
// same blocks asked again; the narrower range is then kept for the rest of
// the scan and for later scans on this client. fn gets each non-empty
// chunk's logs in the node's order; returning ErrStopScan ends the scan.
func (c *Client) FilterLogsChunked(ctx context.Context, q ethereum.FilterQuery, maxRange uint64, fn func([]types.Log) error) error {
	if q.BlockHash != nil {
		return c.filterOnce(ctx, q, fn)
	}
	from, to, err := c.logBounds(ctx, q)
	if err != nil || from > to {
		return err
	}
	width := c.startRange(maxRange)
	initial := width
	for start := from; ; {
		end := to
		if to-start >= width {
			end = start + width - 1
		}
		logs, err := c.FilterLogs(c.logPurpose(ctx, start, end), between(q, start, end))
		if err != nil {
			if width = c.narrow(ctx, err, width); width > 0 {
				continue
			}
			return fmt.Errorf("%s logs in blocks %d–%d: %w", c.role, start, end, err)
		}
		if width < initial {
			c.learnRange(width)
		}
		if len(logs) > 0 {
			if err := fn(logs); err != nil {
				return stopIsNil(err)
			}
		}
		if end == to {
			return nil
		}
		start = end + 1
	}
}

// FilterLogsBackward is FilterLogsChunked walking from q.ToBlock down to
// q.FromBlock, newest chunk first (logs within a chunk stay oldest first).
// It finds the latest event cheaply: return ErrStopScan once found.
func (c *Client) FilterLogsBackward(ctx context.Context, q ethereum.FilterQuery, maxRange uint64, fn func([]types.Log) error) error {
	if q.BlockHash != nil {
		return c.filterOnce(ctx, q, fn)
	}
	from, to, err := c.logBounds(ctx, q)
	if err != nil || from > to {
		return err
	}
	width := c.startRange(maxRange)
	initial := width
	for end := to; ; {
		start := from
		if end-from >= width {
			start = end - width + 1
		}
		logs, err := c.FilterLogs(c.logPurpose(ctx, start, end), between(q, start, end))
		if err != nil {
			if width = c.narrow(ctx, err, width); width > 0 {
				continue
			}
			return fmt.Errorf("%s logs in blocks %d–%d: %w", c.role, start, end, err)
		}
		if width < initial {
			c.learnRange(width)
		}
		if len(logs) > 0 {
			if err := fn(logs); err != nil {
				return stopIsNil(err)
			}
		}
		if start == from {
			return nil
		}
		end = start - 1
	}
}

// LatestLog is the newest log matching q, or nil if there is none.
func (c *Client) LatestLog(ctx context.Context, q ethereum.FilterQuery, maxRange uint64) (*types.Log, error) {
	var latest *types.Log
	err := c.FilterLogsBackward(ctx, q, maxRange, func(logs []types.Log) error {
		l := logs[len(logs)-1]
		latest = &l
		return ErrStopScan
	})
	return latest, err
}

func (c *Client) filterOnce(ctx context.Context, q ethereum.FilterQuery, fn func([]types.Log) error) error {
	logs, err := c.FilterLogs(ctx, q)
	if err != nil || len(logs) == 0 {
		return err
	}
	return stopIsNil(fn(logs))
}

// logPurpose labels one chunk of a log scan with its blocks, after the
// caller's purpose if any ("searching dispute games, blocks 100–10099"):
// the progress line shows it in brackets, so it has none of its own.
func (c *Client) logPurpose(ctx context.Context, from, to uint64) context.Context {
	p, _ := ctx.Value(purposeKey{}).(string)
	if p == "" {
		return WithPurpose(ctx, fmt.Sprintf("searching %s event logs in blocks %d–%d", c.role, from, to))
	}
	return WithPurpose(ctx, fmt.Sprintf("%s, blocks %d–%d", p, from, to))
}

func stopIsNil(err error) error {
	if errors.Is(err, ErrStopScan) {
		return nil
	}
	return err
}

func between(q ethereum.FilterQuery, from, to uint64) ethereum.FilterQuery {
	q.FromBlock = new(big.Int).SetUint64(from)
	q.ToBlock = new(big.Int).SetUint64(to)
	return q
}

// logBounds turns a query's bounds into block numbers.
func (c *Client) logBounds(ctx context.Context, q ethereum.FilterQuery) (from, to uint64, err error) {
	resolve := func(b *big.Int, dflt func() (uint64, error)) (uint64, error) {
		switch {
		case b == nil:
			return dflt()
		case b.Sign() >= 0:
			return b.Uint64(), nil
		default: // latest, safe, finalized, pending
			h, err := c.HeaderByNumber(ctx, b)
			if err != nil {
				return 0, err
			}
			return h.Number.Uint64(), nil
		}
	}
	if from, err = resolve(q.FromBlock, func() (uint64, error) { return 0, nil }); err != nil {
		return 0, 0, err
	}
	to, err = resolve(q.ToBlock, func() (uint64, error) { return c.BlockNumber(ctx) })
	return from, to, err
}

func (c *Client) startRange(maxRange uint64) uint64 {
	if maxRange == 0 {
		maxRange = DefaultLogRange
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.logRange > 0 && c.logRange < maxRange {
		return c.logRange
	}
	return maxRange
}

// learnRange remembers the narrowest range a provider had to be given.
func (c *Client) learnRange(width uint64) {
	c.mu.Lock()
	if c.logRange == 0 || width < c.logRange {
		c.logRange = width
	}
	c.mu.Unlock()
}

// narrow returns the next range to try after err, or 0 to give up.
func (c *Client) narrow(ctx context.Context, err error, width uint64) uint64 {
	if ctx.Err() != nil || width <= 1 {
		return 0
	}
	if IsLogRangeError(err) || errors.Is(err, context.DeadlineExceeded) {
		return width / 2
	}
	return 0
}
