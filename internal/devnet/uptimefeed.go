package devnet

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
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

// The validator's L1 side. Chainlink's ArbitrumValidator and
// OptimismValidator send updateStatus(status, block.timestamp) through the
// bridge; the harness sends the same message from the same dev key (the
// feed's l1Sender), in an L1 block whose time it sets to sentAt. The
// devnet's L2 never executes it: it is the message an outage leaves
// waiting.

func (f *UptimeFeed) updateStatusCall(down bool, sentAt time.Time) ([]byte, error) {
	return f.art.ABI.Pack("updateStatus", down, uint64(sentAt.Unix()))
}

func l1SenderAt(ctx context.Context, l1 *Anvil, sentAt time.Time) (*Sender, error) {
	if err := l1.Client.Client().CallContext(ctx, nil, "evm_setNextBlockTimestamp", sentAt.Unix()); err != nil {
		return nil, err
	}
	return NewSender(ctx, l1.Client, DevKey(uptimeValidatorKey))
}

// SendStatusArbitrum creates the retryable ticket ArbitrumValidator.validate
// creates (Inbox.createRetryableTicketNoRefundAliasRewrite to the feed).
func (f *UptimeFeed) SendStatusArbitrum(ctx context.Context, d *ArbDevnet, down bool, sentAt time.Time) (*types.Receipt, error) {
	data, err := f.updateStatusCall(down, sentAt)
	if err != nil {
		return nil, err
	}
	s, err := l1SenderAt(ctx, d.L1, sentAt)
	if err != nil {
		return nil, err
	}
	submission, gas, price := big.NewInt(1e15), big.NewInt(1_000_000), big.NewInt(1e9)
	value := new(big.Int).Add(submission, new(big.Int).Mul(gas, price))
	refund := s.From
	return s.Transact(ctx, d.Art.Inbox, d.Inbox, value, "createRetryableTicketNoRefundAliasRewrite",
		f.Feed, new(big.Int), submission, refund, refund, gas, price, data)
}

// SendStatusOP sends what OptimismValidator.validate sends
// (L1CrossDomainMessenger.sendMessage to the feed).
func (f *UptimeFeed) SendStatusOP(ctx context.Context, d *OPDevnet, down bool, sentAt time.Time) (*types.Receipt, error) {
	data, err := f.updateStatusCall(down, sentAt)
	if err != nil {
		return nil, err
	}
	messenger, err := OPContract("L1CrossDomainMessenger")
	if err != nil {
		return nil, err
	}
	s, err := l1SenderAt(ctx, d.L1, sentAt)
	if err != nil {
		return nil, err
	}
	return s.Transact(ctx, messenger, d.L1CrossDomainMessenger, nil, "sendMessage", f.Feed, data, uint32(200_000))
}
