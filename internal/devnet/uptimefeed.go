package devnet

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// UptimeFeed is a Chainlink L2 sequencer uptime feed on an anvil L2: the
// stand-in feed (standins/SequencerUptimeFeedStandin.sol) behind its proxy,
// which is the address a network file bundles. The harness plays the L1
// validator whose message updates it (dev key 8 on the L2).
type UptimeFeed struct {
	Proxy, Feed common.Address
	validator   *Sender
	art         *Artifact
}

// uptimeValidatorKey is the dev key that plays Chainlink's L1 validator.
const uptimeValidatorKey = 8

// DeployUptimeFeed deploys the feed (status up since the current L2 block)
// and its proxy on l2.
func DeployUptimeFeed(ctx context.Context, l2 *Anvil) (*UptimeFeed, error) {
	feedArt, err := StandinArtifact("SequencerUptimeFeedStandin")
	if err != nil {
		return nil, err
	}
	proxyArt, err := StandinArtifact("UptimeFeedProxyStandin")
	if err != nil {
		return nil, err
	}
	s, err := NewSender(ctx, l2.Client, DevKey(uptimeValidatorKey))
	if err != nil {
		return nil, err
	}
	f := &UptimeFeed{validator: s, art: feedArt}
	if f.Feed, err = s.Deploy(ctx, feedArt, s.From, false); err != nil {
		return nil, err
	}
	if f.Proxy, err = s.Deploy(ctx, proxyArt, f.Feed); err != nil {
		return nil, err
	}
	return f, nil
}

// SetStatus delivers the validator's message: the sequencer is down (or
// up) as of the L1 time sentAt, which becomes the round's startedAt when
// the status changes.
func (f *UptimeFeed) SetStatus(ctx context.Context, down bool, sentAt time.Time) error {
	_, err := f.validator.Transact(ctx, f.art, f.Feed, nil, "updateStatus", down, uint64(sentAt.Unix()))
	return err
}
